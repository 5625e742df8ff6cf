package org.counterpart.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The command to create an official's account, validated at the edge. */
public record NewOfficial(
    @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{validation.username}")
        String username,
    @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}")
        String displayName,
    @Nullable @Email(message = "{validation.email}") String email,
    @NotBlank(message = "{validation.required}")
        @Size(min = 12, max = 200, message = "{validation.password-length}")
        String password,
    @Nullable String agencyCode,
    @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "en|sq|sr-Latn|sr-Cyrl|mk|bs|cnr", message = "{validation.language}")
        String preferredLanguage,
    @NotEmpty(message = "{validation.required}") Set<UserRole> roles) {}
