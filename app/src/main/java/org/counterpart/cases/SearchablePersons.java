package org.counterpart.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.identity.UserRole;
import org.counterpart.system.NodeOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the region's hit/no-hit index may learn of this node's persons, and nothing more: the
 * identities of the categories the node makes searchable (for encoding, never sent in clear), one
 * person's identity for an official who may see it, and where a person stands in the registry for
 * the contact point answering a hit.
 */
@Service
@NodeOnly
public class SearchablePersons {

  private final JdbcClient jdbc;
  private final IdentityVault vault;
  private final AuditTrail audit;

  SearchablePersons(JdbcClient jdbc, IdentityVault vault, AuditTrail audit) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.audit = audit;
  }

  /** A person to encode: internal id, pseudonym, gender (HTCDS) and identity. */
  public record Searchable(long id, String pseudonym, String gender, PersonIdentity identity) {}

  /** A searchable person's id and version: what changed since the last publication. */
  public record Version(long id, int version) {}

  /**
   * The persons of {@code categories} in at least one case that is not voided, without their
   * identities.
   */
  @Transactional(readOnly = true)
  public List<Version> searchable(Set<DataSubjectCategory> categories) {
    if (categories.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select p.id, p.version from person p
            where p.data_subject_category in (:categories)
              and exists (select 1 from case_person cp join case_file c on c.id = cp.case_id
                          where cp.person_id = p.id and c.voided_at is null)
            order by p.id
            """)
        .param("categories", categories.stream().map(Enum::name).toList())
        .query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2)))
        .list();
  }

  /** The identities of these persons, to be encoded (the caller audits the use). */
  @Transactional(readOnly = true)
  public List<Searchable> identities(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    record Raw(
        long id, String publicId, String pseudonym, String gender, byte[] identity, String key) {}
    List<Raw> raws =
        jdbc.sql(
                """
                select id, public_id, pseudonym, gender, identity, identity_key, version
                from person where id in (:ids) order by id
                """)
            .param("ids", ids)
            .query(
                (rs, n) ->
                    new Raw(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBytes(5),
                        rs.getString(6)))
            .list();
    List<Searchable> identities = new ArrayList<>(raws.size());
    for (Raw raw : raws) {
      identities.add(
          new Searchable(
              raw.id(),
              raw.pseudonym(),
              raw.gender(),
              vault.open(new IdentityVault.Sealed(raw.key(), raw.identity()), raw.publicId())));
    }
    return identities;
  }

  /**
   * One person's identity, to query the region with: only for an official on the team of one of the
   * person's cases (or a prosecutor, for a suspect or perpetrator). Audited.
   */
  @Transactional
  public Searchable forQuery(String pseudonym, Actor actor) {
    record Raw(long id, String publicId, String gender, byte[] identity, String key, boolean may) {}
    Raw raw =
        jdbc.sql(
                """
                select p.id, p.public_id, p.gender, p.identity, p.identity_key,
                       exists (select 1 from case_person cp
                               join case_file c on c.id = cp.case_id and c.voided_at is null
                               left join case_team_member t
                                 on t.case_id = cp.case_id and t.username = :user
                               where cp.person_id = p.id
                                 and (t.username is not null
                                      or (:prosecutor and cp.role in ('SUSPECT', 'PERPETRATOR'))))
                from person p where p.pseudonym = :pseudonym
                """)
            .param("user", actor.username())
            .param("prosecutor", actor.has(UserRole.PROSECUTOR))
            .param("pseudonym", pseudonym)
            .query(
                (rs, n) ->
                    new Raw(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBytes(4),
                        rs.getString(5),
                        rs.getBoolean(6)))
            .optional()
            .orElseThrow(() -> new CaseNotFoundException(pseudonym));
    if (!raw.may()) {
      audit.recordSeparately(
          AuditEvent.of(actor.username(), "person.identity.viewed", "person", pseudonym)
              .because("hit/no-hit query")
              .outcome("denied"));
      throw new NotPermittedException("hits.not-on-team");
    }
    audit.record(
        AuditEvent.of(actor.username(), "person.identity.viewed", "person", pseudonym)
            .because("hit/no-hit query"));
    return new Searchable(
        raw.id(),
        pseudonym,
        raw.gender(),
        vault.open(new IdentityVault.Sealed(raw.key(), raw.identity()), raw.publicId()));
  }

  /** Where a person stands: pseudonym and the references of the cases they are in. */
  public record Located(String pseudonym, List<String> cases) {}

  @Transactional(readOnly = true)
  public Optional<Located> locate(long personId) {
    return jdbc.sql("select pseudonym from person where id = ?")
        .param(personId)
        .query(String.class)
        .optional()
        .map(
            pseudonym ->
                new Located(
                    pseudonym,
                    jdbc.sql(
                            """
                            select distinct c.reference from case_person cp
                            join case_file c on c.id = cp.case_id
                            where cp.person_id = ? and c.voided_at is null order by c.reference
                            """)
                        .param(personId)
                        .query(String.class)
                        .list()));
  }
}
