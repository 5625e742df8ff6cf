package org.counterpart.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.internal.CopyWriter;
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.cases.internal.PersonIndex;
import org.counterpart.core.names.PhoneNumbers;
import org.counterpart.system.CounterpartProperties;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects a person's identity: only the team of one of the person's cases may, with a reason, on
 * the version they read; the previous ciphertext is kept and the blind index rebuilt.
 */
@Service
@NodeOnly
public class IdentityCorrections {

  private final JdbcClient jdbc;
  private final IdentityVault vault;
  private final org.counterpart.cases.internal.PersonVersions versions;
  private final PersonIndex index;
  private final CopyWriter copy;
  private final AuditTrail audit;
  private final Clock clock;
  private final String country;

  IdentityCorrections(
      JdbcClient jdbc,
      IdentityVault vault,
      org.counterpart.cases.internal.PersonVersions versions,
      PersonIndex index,
      CopyWriter copy,
      AuditTrail audit,
      Clock clock,
      CounterpartProperties instance) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.versions = versions;
    this.index = index;
    this.copy = copy;
    this.audit = audit;
    this.clock = clock;
    this.country = instance.nodeCountry();
  }

  @Transactional
  public int correct(
      String pseudonym, PersonIdentity corrected, int expectedVersion, String reason, Actor actor) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "validation.required");
    }
    record Row(long id, String publicId, byte[] identity, String keyId, int version) {}
    Row row =
        jdbc.sql(
                "select id, public_id, identity, identity_key, version from person where pseudonym = ? for update")
            .param(pseudonym)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBytes(3),
                        rs.getString(4),
                        rs.getInt(5)))
            .optional()
            .orElseThrow(() -> new CaseNotFoundException(pseudonym));
    boolean onTeam =
        jdbc.sql(
                    """
                select count(*) from case_person cp
                join case_team_member t on t.case_id = cp.case_id
                where cp.person_id = ? and t.username = ?
                """)
                .params(row.id(), actor.username())
                .query(Integer.class)
                .single()
            > 0;
    if (!onTeam) {
      throw new NotPermittedException("cases.not-on-team");
    }
    if (row.version() != expectedVersion) {
      throw new ConcurrentEditException(pseudonym);
    }
    var problems =
        CaseRules.identity(
            "identity", corrected, null, LocalDate.now(clock.withZone(ZoneOffset.UTC)), country);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var normalised =
        corrected.withPhones(
            corrected.phones().stream().map(p -> PhoneNumbers.e164(p, country).orElse(p)).toList());
    var sealed = vault.seal(normalised, row.publicId());
    Timestamp now = Timestamp.from(clock.instant());
    versions.replaceIdentity(
        row.id(),
        row.version(),
        new IdentityVault.Sealed(row.keyId(), row.identity()),
        sealed,
        now,
        actor.username());
    // The old entries are found through the lookup index by their hashes: no second index on
    // person_id for the bulk path to maintain.
    var previous =
        vault.open(new IdentityVault.Sealed(row.keyId(), row.identity()), row.publicId());
    List<byte[]> oldHashes =
        index.entries(previous, country).stream().map(PersonIndex.Entry::hash).toList();
    jdbc.sql("delete from person_index where hash = any(?) and person_id = ?")
        .params(oldHashes.toArray(byte[][]::new), row.id())
        .update();
    List<Object[]> entries = new ArrayList<>();
    for (var entry : index.entries(normalised, country)) {
      entries.add(new Object[] {row.id(), String.valueOf(entry.field()), entry.hash()});
    }
    copy.copy("person_index", "person_id, field, hash", entries);
    audit.record(
        AuditEvent.of(actor.username(), "person.identity.corrected", "person", pseudonym)
            .because(reason));
    return row.version() + 1;
  }

  /** The version an edit must be based on. */
  public int version(String pseudonym) {
    return jdbc.sql("select version from person where pseudonym = ?")
        .param(pseudonym)
        .query(Integer.class)
        .optional()
        .orElseThrow(() -> new CaseNotFoundException(pseudonym));
  }
}
