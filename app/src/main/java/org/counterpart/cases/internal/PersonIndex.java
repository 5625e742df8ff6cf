package org.counterpart.cases.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.core.names.NameKeys;
import org.counterpart.core.names.PhoneNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes and queries the blind index: keyed hashes of spelling-insensitive name tokens, birth
 * dates, phones and document numbers. The normalisation is the one matching will reuse.
 */
@Component
public class PersonIndex {

  private final IdentityVault vault;
  private final JdbcClient jdbc;

  PersonIndex(IdentityVault vault, JdbcClient jdbc) {
    this.vault = vault;
    this.jdbc = jdbc;
  }

  /** One index entry: field letter and hash. */
  public record Entry(char field, byte[] hash) {}

  public List<Entry> entries(PersonIdentity identity, String defaultRegion) {
    Set<String> seen = new LinkedHashSet<>();
    var entries = new java.util.ArrayList<Entry>();
    for (String token : NameKeys.skeletons(identity.givenName())) {
      if (seen.add("G" + token)) {
        entries.add(new Entry('G', vault.indexHash('G', token)));
      }
    }
    for (String token : NameKeys.skeletons(identity.surname())) {
      if (seen.add("S" + token)) {
        entries.add(new Entry('S', vault.indexHash('S', token)));
      }
    }
    if (identity.birthDate() != null) {
      entries.add(new Entry('D', dateHash(identity.birthDate())));
    }
    for (String phone : identity.phones()) {
      PhoneNumbers.e164(phone, defaultRegion)
          .filter(p -> seen.add("P" + p))
          .ifPresent(p -> entries.add(new Entry('P', vault.indexHash('P', p))));
    }
    for (var document : identity.documents()) {
      String number = documentKey(document.number());
      if (seen.add("N" + number)) {
        entries.add(new Entry('N', vault.indexHash('N', number)));
      }
    }
    return entries;
  }

  public byte[] nameHash(char field, String skeleton) {
    return vault.indexHash(field, skeleton);
  }

  public byte[] dateHash(LocalDate date) {
    return vault.indexHash('D', date.toString());
  }

  public Optional<byte[]> phoneHash(String raw, String defaultRegion) {
    return PhoneNumbers.e164(raw, defaultRegion).map(p -> vault.indexHash('P', p));
  }

  public byte[] documentHash(String number) {
    return vault.indexHash('N', documentKey(number));
  }

  /** Document numbers compare without spaces, dashes or case. */
  static String documentKey(String number) {
    return number.replaceAll("[^0-9A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
  }
}
