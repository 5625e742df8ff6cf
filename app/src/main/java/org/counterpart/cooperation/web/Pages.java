package org.counterpart.cooperation.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;

/** What the cooperation pages share: errors by field, the values sent, the official's roles. */
final class Pages {

  private Pages() {}

  /** The first problem of each field, as message keys. */
  static Map<String, String> of(InvalidInputException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : e.problems()) {
      errors.putIfAbsent(p.field(), p.message());
    }
    return errors;
  }

  /** The values a form sent, to show again beside its errors. */
  static Map<String, String> values(MultiValueMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>(form.toSingleValueMap());
    values.remove("_csrf");
    return values;
  }

  /** Whether the official may organise (contact point or node administrator). */
  static boolean organiser(Authentication who) {
    return who.getAuthorities().stream()
        .anyMatch(
            a ->
                "ROLE_CONTACT_POINT".equals(a.getAuthority())
                    || "ROLE_NODE_ADMIN".equals(a.getAuthority()));
  }

  static boolean has(Authentication who, String... roles) {
    for (String role : roles) {
      if (who.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()))) {
        return true;
      }
    }
    return false;
  }
}
