package org.counterpart.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What identifies a person: never stored in clear, shown only to those who need it.
 *
 * @param givenName HTCDS prs_FirstName, in the script it was recorded in
 * @param surname HTCDS prs_SecondName
 * @param birthDate HTCDS prs_Birthdate
 * @param documents identity and travel documents
 * @param phones phones as entered; stored in E.164
 * @param addresses free-text addresses
 */
public record PersonIdentity(
    @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}")
        String givenName,
    @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}")
        String surname,
    @Nullable LocalDate birthDate,
    @Nullable @Valid List<IdentityDocument> documents,
    @Nullable List<@Size(max = 40, message = "{validation.too-long}") String> phones,
    @Nullable List<@Size(max = 500, message = "{validation.too-long}") String> addresses) {

  public PersonIdentity {
    documents = documents == null ? List.of() : List.copyOf(documents);
    phones = phones == null ? List.of() : List.copyOf(phones);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
  }

  /** An identity or travel document. */
  public record IdentityDocument(
      @NotBlank(message = "{validation.required}") String type,
      @NotBlank(message = "{validation.required}")
          @Size(max = 60, message = "{validation.too-long}")
          String number,
      @Nullable String country) {}

  public String displayName() {
    return givenName + " " + surname;
  }

  public PersonIdentity withPhones(List<String> normalised) {
    return new PersonIdentity(givenName, surname, birthDate, documents, normalised, addresses);
  }

  @Override
  public String toString() {
    // Never let an identity reach a log line by accident.
    return "PersonIdentity[redacted, " + Objects.hash(givenName, surname) % 1000 + "]";
  }
}
