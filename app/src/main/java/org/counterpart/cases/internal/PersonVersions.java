package org.counterpart.cases.internal;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Replaces a person's sealed identity, keeping the previous ciphertext as a version. */
@Component
public class PersonVersions {

  private final JdbcClient jdbc;

  PersonVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void replaceIdentity(
      long personId,
      int version,
      IdentityVault.Sealed previous,
      IdentityVault.Sealed next,
      Timestamp at,
      String by) {
    jdbc.sql(
            """
            insert into person_version (person_id, version, identity, identity_key, changed_at,
                                        changed_by)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(personId, version, previous.bytes(), previous.keyId(), at, by)
        .update();
    jdbc.sql(
            """
            update person set identity = ?, identity_key = ?, version = version + 1, updated_at = ?
            where id = ?
            """)
        .params(next.bytes(), next.keyId(), at, personId)
        .update();
  }
}
