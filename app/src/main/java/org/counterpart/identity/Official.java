package org.counterpart.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user account as other modules see it: no password, no lock-out state.
 *
 * @param email where the official is reached, and how other countries' records name them (the owner
 *     of a meeting's follow-up)
 */
public record Official(
    UUID id,
    String username,
    String displayName,
    @Nullable String agencyCode,
    @Nullable AgencyKind agencyKind,
    String preferredLanguage,
    Set<UserRole> roles,
    @Nullable String email) {}
