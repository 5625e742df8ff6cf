package org.counterpart.core.demo;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A made-up person as one country's node has recorded them: names in that country's usual spelling,
 * citizenship as ISO 3166 alpha-2 (XK for Kosovo), phone in E.164; {@code crossBorderKey} is the
 * test truth that links records of the same person in several countries.
 */
public record SyntheticPerson(
    String id,
    String givenName,
    String surname,
    Script script,
    Sex sex,
    LocalDate birthDate,
    String citizenship,
    String phoneE164,
    String documentNumber,
    @Nullable String crossBorderKey) {}
