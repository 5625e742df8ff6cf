package org.counterpart.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.system.NodeOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotates the node's identity key: a new key becomes current and every identity is re-encrypted
 * under it in small transactions, the previous ciphertext kept as a version.
 */
@Service
@NodeOnly
public class IdentityKeyRotation {

  private static final int BATCH = 500;

  private final IdentityVault vault;
  private final org.counterpart.cases.internal.PersonVersions versions;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final Clock clock;

  IdentityKeyRotation(
      IdentityVault vault,
      org.counterpart.cases.internal.PersonVersions versions,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      AuditTrail audit,
      Clock clock) {
    this.vault = vault;
    this.versions = versions;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  /** What a rotation did. */
  public record Rotation(String keyId, int reencrypted) {}

  public Rotation rotate(String by) {
    String keyId = vault.rotate();
    int total = 0;
    int done;
    do {
      Integer batch = transactions.execute(status -> reencryptBatch(keyId, by));
      done = batch == null ? 0 : batch;
      total += done;
    } while (done == BATCH);
    int reencrypted = total;
    transactions.executeWithoutResult(
        status ->
            audit.record(
                AuditEvent.of(by, "identity-key.rotated", "key", keyId)
                    .details("reencrypted=" + reencrypted)));
    return new Rotation(keyId, total);
  }

  private int reencryptBatch(String keyId, String by) {
    record Row(long id, String publicId, byte[] identity, String key, int version) {}
    List<Row> rows =
        jdbc.sql(
                """
                select id, public_id, identity, identity_key, version from person
                where identity_key <> ? order by id limit ? for update skip locked
                """)
            .params(keyId, BATCH)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBytes(3),
                        rs.getString(4),
                        rs.getInt(5)))
            .list();
    Timestamp now = Timestamp.from(clock.instant());
    for (Row row : rows) {
      var identity =
          vault.open(new IdentityVault.Sealed(row.key(), row.identity()), row.publicId());
      var sealed = vault.seal(identity, row.publicId());
      versions.replaceIdentity(
          row.id(),
          row.version(),
          new IdentityVault.Sealed(row.key(), row.identity()),
          sealed,
          now,
          by);
    }
    return rows.size();
  }
}
