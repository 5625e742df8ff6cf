package org.counterpart.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user account as other modules see it: no password, no lock-out state. */
public record Official(
    UUID id,
    String username,
    String displayName,
    @Nullable String agencyCode,
    @Nullable AgencyKind agencyKind,
    String preferredLanguage,
    Set<UserRole> roles) {}
