package org.counterpart.cases;

import java.util.Set;
import org.counterpart.identity.UserRole;

/** The signed-in official on whose behalf the registry acts. */
public record Actor(String username, Set<UserRole> roles) {

  public boolean has(UserRole role) {
    return roles.contains(role);
  }

  /** The signed-in official of a web or API request. */
  public static Actor of(org.springframework.security.core.Authentication authentication) {
    Set<UserRole> roles = java.util.EnumSet.noneOf(UserRole.class);
    for (var authority : authentication.getAuthorities()) {
      String name = authority.getAuthority();
      if (name != null && name.startsWith("ROLE_")) {
        try {
          roles.add(UserRole.valueOf(name.substring(5)));
        } catch (IllegalArgumentException ignored) {
          // an authority of another kind (e.g. a federated node) grants nothing here
        }
      }
    }
    return new Actor(authentication.getName(), Set.copyOf(roles));
  }
}
