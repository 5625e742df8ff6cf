package org.counterpart.exchange;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person a request is about, as the requesting country knows them: what the receiving contact
 * point checks against its own cases (Directive (EU) 2023/977, Art. 16).
 */
public record Subject(
    @Nullable String name,
    @Nullable LocalDate birthDate,
    @Nullable String phone,
    @Nullable String document) {

  boolean empty() {
    return blank(name) && birthDate == null && blank(phone) && blank(document);
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
