package org.counterpart.cases;

import java.util.Set;
import org.counterpart.identity.UserRole;

/** The signed-in official on whose behalf the registry acts. */
public record Actor(String username, Set<UserRole> roles) {

  public boolean has(UserRole role) {
    return roles.contains(role);
  }
}
