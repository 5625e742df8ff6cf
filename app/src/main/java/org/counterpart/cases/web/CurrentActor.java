package org.counterpart.cases.web;

import java.util.EnumSet;
import java.util.Set;
import org.counterpart.cases.Actor;
import org.counterpart.identity.UserRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Turns the signed-in authentication into the registry's {@link Actor}. */
final class CurrentActor {

  private CurrentActor() {}

  static Actor of(Authentication authentication) {
    Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
    for (GrantedAuthority authority : authentication.getAuthorities()) {
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
