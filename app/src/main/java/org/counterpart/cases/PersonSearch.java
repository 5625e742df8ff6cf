package org.counterpart.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.CaseViews.PersonHit;
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.cases.internal.PersonIndex;
import org.counterpart.core.names.NameKeys;
import org.counterpart.identity.UserRole;
import org.counterpart.system.CounterpartProperties;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people by name in any script or spelling, by birth date (a day/month swap ranks lower) and
 * by phone in any format, through the blind index: no identity is decrypted to search.
 *
 * <p>Score: 10 per matched name token, 5 for the exact birth date, 2 for the swapped one, 20 for a
 * phone or a document number. A name query needs at least two of its tokens (or its only one).
 */
@Service
@NodeOnly
public class PersonSearch {

  private final JdbcClient jdbc;
  private final PersonIndex index;
  private final IdentityVault vault;
  private final AuditTrail audit;
  private final String country;

  PersonSearch(
      JdbcClient jdbc,
      PersonIndex index,
      IdentityVault vault,
      AuditTrail audit,
      CounterpartProperties instance) {
    this.jdbc = jdbc;
    this.index = index;
    this.vault = vault;
    this.audit = audit;
    this.country = instance.nodeCountry();
  }

  /** A search; at least one of name, phone and document is required. */
  public record Query(
      @Nullable String name,
      @Nullable LocalDate birthDate,
      @Nullable String phone,
      @Nullable String document) {}

  /** A page of hits. */
  public record Results(List<PersonHit> hits, int page, boolean more) {}

  @Transactional
  public Results search(Query query, int page, int size, Actor actor) {
    List<byte[]> hashes = new ArrayList<>();
    Set<String> tokens = new LinkedHashSet<>();
    if (query.name() != null) {
      tokens.addAll(NameKeys.skeletons(query.name()));
      for (String token : tokens) {
        hashes.add(index.nameHash('G', token));
        hashes.add(index.nameHash('S', token));
      }
    }
    byte[] phone = null;
    if (query.phone() != null && !query.phone().isBlank()) {
      phone =
          index
              .phoneHash(query.phone(), country)
              .orElseThrow(() -> new InvalidInputException("phone", "validation.phone"));
      hashes.add(phone);
    }
    byte[] document = null;
    if (query.document() != null && !query.document().isBlank()) {
      document = index.documentHash(query.document());
      hashes.add(document);
    }
    if (hashes.isEmpty()) {
      throw new InvalidInputException("name", "search.need-criterion");
    }
    byte[] exactDate = query.birthDate() == null ? new byte[0] : index.dateHash(query.birthDate());
    byte[] swappedDate = swapped(query.birthDate());
    if (query.birthDate() != null) {
      hashes.add(exactDate);
      if (swappedDate.length > 0) {
        hashes.add(swappedDate);
      }
    }
    int required = tokens.isEmpty() ? 0 : Math.min(2, tokens.size());
    int pageSize = Math.clamp(size, 1, 100);
    record Scored(long personId, int score, boolean swappedOnly) {}
    List<Scored> scored =
        jdbc.sql(
                """
                with hits as (
                  select person_id,
                         count(*) filter (where field in ('G', 'S')) as names,
                         bool_or(hash = :exact) as exact_date,
                         bool_or(hash = :swapped) as swapped_date,
                         bool_or(field in ('P', 'N')) as strong
                  from person_index where hash = any(:hashes)
                  group by person_id)
                select person_id,
                       names * 10 + case when exact_date then 5 when swapped_date then 2 else 0 end
                         + case when strong then 20 else 0 end as score,
                       swapped_date and not exact_date as swapped_only
                from hits
                where names >= :required or strong
                order by score desc, person_id
                limit :limit offset :offset
                """)
            .param("exact", exactDate)
            .param("swapped", swappedDate)
            .param("hashes", hashes.toArray(new byte[0][]))
            .param("required", required)
            .param("limit", pageSize + 1)
            .param("offset", Math.max(0, page) * pageSize)
            .query((rs, n) -> new Scored(rs.getLong(1), rs.getInt(2), rs.getBoolean(3)))
            .list();
    boolean more = scored.size() > pageSize;
    List<Scored> page0 = scored.subList(0, Math.min(pageSize, scored.size()));
    List<PersonHit> hits = hits(page0.stream().map(Scored::personId).toList(), actor);
    List<PersonHit> ranked = new ArrayList<>();
    for (int i = 0; i < page0.size(); i++) {
      PersonHit h = hits.get(i);
      ranked.add(
          new PersonHit(
              h.pseudonym(),
              h.identity(),
              h.caseReferences(),
              page0.get(i).score(),
              page0.get(i).swappedOnly()));
    }
    List<String> revealed =
        ranked.stream().filter(h -> h.identity() != null).map(PersonHit::pseudonym).toList();
    audit.record(
        AuditEvent.of(actor.username(), "person.searched", "person", "*")
            .because("search")
            .details("criteria=" + criteria(query) + " hits=" + ranked.size()));
    if (!revealed.isEmpty()) {
      // One entry names every identity the result page showed: who, when, which persons, why.
      audit.record(
          AuditEvent.of(
                  actor.username(), "person.identity.viewed", "person", String.join(",", revealed))
              .because("search result"));
    }
    return new Results(ranked, page, more);
  }

  /** One person by pseudonym, the identity only where the official may see it (audited). */
  @Transactional
  public @Nullable PersonHit byPseudonym(String pseudonym, Actor actor) {
    List<Long> ids =
        jdbc.sql("select id from person where pseudonym = ?")
            .param(pseudonym)
            .query(Long.class)
            .list();
    if (ids.isEmpty()) {
      return null;
    }
    PersonHit hit = hits(ids, actor).getFirst();
    audit.record(
        AuditEvent.of(
                actor.username(),
                hit.identity() == null ? "person.viewed" : "person.identity.viewed",
                "person",
                pseudonym)
            .because("person page"));
    return hit;
  }

  /** Loads a page of persons with their cases in two queries, in the order of {@code ids}. */
  private List<PersonHit> hits(List<Long> ids, Actor actor) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Long[] idArray = ids.toArray(Long[]::new);
    record Person(long id, String publicId, String pseudonym, byte[] identity, String keyId) {}
    java.util.Map<Long, Person> persons = new java.util.HashMap<>();
    jdbc.sql(
            "select id, public_id, pseudonym, identity, identity_key from person where id = any(?)")
        .param(idArray)
        .query(
            (rs, n) ->
                new Person(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBytes(4),
                    rs.getString(5)))
        .list()
        .forEach(p -> persons.put(p.id(), p));
    record InCase(long personId, String reference, String role, boolean onTeam) {}
    java.util.Map<Long, List<InCase>> cases = new java.util.HashMap<>();
    jdbc.sql(
            """
            with wanted as materialized (select unnest(?::bigint[]) as person_id)
            select cp.person_id, c.reference, cp.role,
                   exists (select 1 from case_team_member t
                           where t.case_id = c.id and t.username = ?) as on_team
            from wanted w
            join case_person cp on cp.person_id = w.person_id
            join case_file c on c.id = cp.case_id
            where c.voided_at is null order by c.reference
            """)
        .params(idArray, actor.username())
        .query(
            (rs, n) ->
                new InCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
        .list()
        .forEach(c -> cases.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c));
    List<PersonHit> hits = new ArrayList<>();
    for (long id : ids) {
      Person person = persons.get(id);
      List<InCase> in = cases.getOrDefault(id, List.of());
      boolean mayKnow =
          in.stream().anyMatch(InCase::onTeam)
              || (actor.has(UserRole.PROSECUTOR)
                  && in.stream().anyMatch(c -> PersonRole.valueOf(c.role()).perpetrator()));
      PersonIdentity identity =
          mayKnow
              ? vault.open(
                  new IdentityVault.Sealed(person.keyId(), person.identity()), person.publicId())
              : null;
      hits.add(
          new PersonHit(
              person.pseudonym(),
              identity,
              in.stream().map(InCase::reference).distinct().toList(),
              0,
              false));
    }
    return hits;
  }

  private byte[] swapped(@Nullable LocalDate date) {
    if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
      return new byte[0];
    }
    return index.dateHash(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
  }

  /** Which kinds of criterion were used: the trail must not hold the searched name itself. */
  private static String criteria(Query query) {
    List<String> used = new ArrayList<>();
    if (query.name() != null && !query.name().isBlank()) {
      used.add("name");
    }
    if (query.birthDate() != null) {
      used.add("birthDate");
    }
    if (query.phone() != null && !query.phone().isBlank()) {
      used.add("phone");
    }
    if (query.document() != null && !query.document().isBlank()) {
      used.add("document");
    }
    return String.join("+", used);
  }
}
