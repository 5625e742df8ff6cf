package org.counterpart.hits;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.Actor;
import org.counterpart.cases.DataSubjectCategory;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.cases.SearchablePersons;
import org.counterpart.core.pprl.Encoder;
import org.counterpart.core.pprl.PprlFiles;
import org.counterpart.federation.node.HubClient;
import org.counterpart.identity.UserRole;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This node's side of the region's hit/no-hit index: it publishes the encodings of what it makes
 * searchable (persons of the configured categories, their phones and documents) under opaque
 * references, asks the region on behalf of its officials, and keeps what the hub tells it about its
 * own references. Encodings are made here with the secret the nodes share; the hub never has it. A
 * new secret (rotation) re-encodes everything and withdraws the old encodings.
 */
@Service
@NodeOnly
public class RegionalSearch {

  private static final Logger log = LoggerFactory.getLogger(RegionalSearch.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Who may ask the region: those who work a case, not analysts or administrators. */
  static final Set<UserRole> MAY_ASK =
      EnumSet.of(
          UserRole.FIRST_LINE_OFFICER,
          UserRole.SCREENING_TEAM_MEMBER,
          UserRole.CONTACT_POINT,
          UserRole.PROSECUTOR);

  /** Persons encoded and published per hub call (each with their phones and documents). */
  private static final int CHUNK = 100;

  /** References withdrawn per hub call. */
  private static final int WITHDRAWALS = 1000;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final SearchablePersons persons;
  private final HubClient hub;
  private final AuditTrail audit;
  private final Clock clock;
  private final @Nullable Path secretFile;
  private final Set<DataSubjectCategory> categories;
  private final int perMinute;
  private final String country;
  private final ReentrantLock publishing = new ReentrantLock();
  private volatile @Nullable Key key;

  RegionalSearch(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      SearchablePersons persons,
      HubClient hub,
      AuditTrail audit,
      Clock clock,
      @Value("${counterpart.hits.secret-file:}") String secretFile,
      @Value("${counterpart.hits.searchable:SUSPECT,CONVICTED}")
          Set<DataSubjectCategory> categories,
      @Value("${counterpart.hits.queries-per-minute:30}") int perMinute,
      @Value("${counterpart.country:XK}") String country) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.persons = persons;
    this.hub = hub;
    this.audit = audit;
    this.clock = clock;
    this.secretFile = secretFile.isBlank() ? null : Path.of(secretFile);
    this.categories = categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
    this.perMinute = perMinute;
    this.country = country;
  }

  /** The shared secret as this node holds it: its public fingerprint and the encoders. */
  record Key(String id, byte[] secret, Map<HitKind, Encoder> encoders) {
    String requester(String username) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] tag =
            mac.doFinal(
                ("counterpart-hits/requester/" + username).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(tag, 0, 12);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The public fingerprint of the current secret, when one is configured. */
  public Optional<String> keyId() {
    return key().map(Key::id);
  }

  /** True when a secret is configured and readable: the region can be asked. */
  public boolean enabled() {
    return key().isPresent() && hub.configured();
  }

  /** The secret, read again when its file changes (a rotation). */
  Optional<Key> key() {
    if (secretFile == null || !Files.isReadable(secretFile)) {
      return Optional.empty();
    }
    try {
      byte[] secret = Files.readAllBytes(secretFile);
      Key current = key;
      if (current != null && Arrays.equals(current.secret(), secret)) {
        return Optional.of(current);
      }
      if (secret.length < 16) {
        log.warn("The hit/no-hit secret {} is shorter than 16 bytes: not used", secretFile);
        return Optional.empty();
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      String id =
          HexFormat.of()
              .formatHex(
                  mac.doFinal("counterpart-hits/key-id".getBytes(StandardCharsets.UTF_8)), 0, 8);
      Map<HitKind, Encoder> encoders = new java.util.EnumMap<>(HitKind.class);
      for (HitKind kind : HitKind.values()) {
        encoders.put(kind, new Encoder(kind.schema(country), secret));
      }
      Key fresh = new Key(id, secret, encoders);
      key = fresh;
      return Optional.of(fresh);
    } catch (IOException | GeneralSecurityException e) {
      log.warn("The hit/no-hit secret {} cannot be read: {}", secretFile, e.getMessage());
      return Optional.empty();
    }
  }

  /** What one publication did. */
  public record Publication(int published, int withdrawn) {}

  @Scheduled(
      fixedDelayString = "${counterpart.hits.publish-interval:PT5M}",
      initialDelayString = "${counterpart.hits.publish-delay:PT20S}")
  void scheduled() {
    try {
      publish();
      pullNotices();
    } catch (RuntimeException e) {
      log.warn("Hit/no-hit publication failed, retried at the next run: {}", e.getMessage());
    }
  }

  /**
   * Publishes what changed since the last run and withdraws what is no longer searchable (or was
   * encoded under an old secret). Each chunk is one transaction with its hub call: a failure leaves
   * nothing half-published, and the next run takes it again.
   */
  public Publication publish() {
    Optional<Key> current = key();
    if (current.isEmpty() || !hub.configured()) {
      return new Publication(0, 0);
    }
    if (!publishing.tryLock()) {
      return new Publication(0, 0);
    }
    try {
      Key k = current.get();
      Map<Long, Integer> wanted = new HashMap<>();
      for (var v : persons.searchable(categories)) {
        wanted.put(v.id(), v.version());
      }
      Map<Long, Integer> done = new HashMap<>();
      jdbc.sql(
              """
              select person_id,
                     case when bool_and(published_at is not null) then min(person_version)
                          else -1 end
              from hit_reference where key_id = ? and withdrawn_at is null group by person_id
              """)
          .param(k.id())
          .query(
              rs -> {
                done.put(rs.getLong(1), rs.getInt(2));
              });
      List<Long> stale =
          wanted.entrySet().stream()
              .filter(e -> !e.getValue().equals(done.get(e.getKey())))
              .map(Map.Entry::getKey)
              .sorted()
              .toList();
      // Published under another secret, or for a person no longer searchable.
      List<String> gone = new ArrayList<>();
      jdbc.sql(
              """
              select ref, key_id, person_id from hit_reference where withdrawn_at is null
              order by ref
              """)
          .query(
              rs -> {
                if (!rs.getString(2).equals(k.id()) || !wanted.containsKey(rs.getLong(3))) {
                  gone.add(rs.getString(1));
                }
              });
      int published = 0;
      int withdrawn = 0;
      // New encodings first, then withdrawals: a rotation never leaves the node unsearchable.
      for (int i = 0; i < stale.size(); i += CHUNK) {
        published += encodeAndSend(k, stale.subList(i, Math.min(stale.size(), i + CHUNK)), wanted);
      }
      for (int i = 0; i < gone.size(); i += WITHDRAWALS) {
        withdrawn += withdraw(k, gone.subList(i, Math.min(gone.size(), i + WITHDRAWALS)));
      }
      if (published + withdrawn > 0) {
        log.info("Hit/no-hit index: {} published, {} withdrawn", published, withdrawn);
      }
      return new Publication(published, withdrawn);
    } finally {
      publishing.unlock();
    }
  }

  private record Item(HitKind kind, int item, List<@Nullable String> values) {}

  private static List<Item> items(SearchablePersons.Searchable person) {
    PersonIdentity id = person.identity();
    List<Item> items = new ArrayList<>();
    items.add(
        new Item(
            HitKind.PERSON,
            0,
            HitKind.person(id.givenName(), id.surname(), id.birthDate(), person.gender())));
    for (int i = 0; i < id.phones().size(); i++) {
      items.add(
          new Item(HitKind.PHONE, i, java.util.Collections.singletonList(id.phones().get(i))));
    }
    for (int i = 0; i < id.documents().size(); i++) {
      items.add(
          new Item(
              HitKind.DOCUMENT,
              i,
              java.util.Collections.singletonList(id.documents().get(i).number())));
    }
    return items;
  }

  private record Out(String ref, String kind, String encoding) {}

  /**
   * Encodes a chunk of persons and publishes them. Their references are stored (as pending) and
   * committed before the hub is called, and confirmed after it accepted: if anything fails in
   * between, the next run sends the same references again, which the hub takes as an update, so the
   * hub never keeps an entry the node cannot resolve or withdraw.
   */
  private int encodeAndSend(Key k, List<Long> ids, Map<Long, Integer> versions) {
    List<Out> out = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    transactions.executeWithoutResult(
        status -> {
          for (var person : persons.identities(ids)) {
            int version = versions.getOrDefault(person.id(), 0);
            List<Item> items = items(person);
            for (Item item : items) {
              String ref =
                  jdbc.sql(
                          """
                          insert into hit_reference
                            (ref, kind, person_id, item, key_id, person_version)
                          values (?, ?, ?, ?, ?, ?)
                          on conflict (person_id, kind, item, key_id) do update
                            set person_version = excluded.person_version,
                                published_at = null, withdrawn_at = null
                          returning ref
                          """)
                      .params(
                          newRef(), item.kind().name(), person.id(), item.item(), k.id(), version)
                      .query(String.class)
                      .single();
              out.add(
                  new Out(
                      ref,
                      item.kind().name(),
                      PprlFiles.toBase64(k.encoders().get(item.kind()).encode(item.values()))));
            }
            // Phones or documents the person no longer has.
            for (HitKind kind : List.of(HitKind.PHONE, HitKind.DOCUMENT)) {
              int kept = (int) items.stream().filter(i -> i.kind() == kind).count();
              removed.addAll(
                  jdbc.sql(
                          """
                          select ref from hit_reference
                          where person_id = ? and kind = ? and item >= ? and key_id = ?
                            and withdrawn_at is null
                          """)
                      .params(person.id(), kind.name(), kept, k.id())
                      .query(String.class)
                      .list());
            }
          }
          audit.record(
              AuditEvent.of("system", "person.identity.used", "person", "")
                  .because("hit/no-hit index")
                  .details(ids.size() + " persons encoded, " + out.size() + " encodings"));
        });
    post(k, out, removed);
    transactions.executeWithoutResult(
        status -> {
          Timestamp now = Timestamp.from(clock.instant());
          jdbc.sql("update hit_reference set published_at = :at where ref in (:refs)")
              .param("at", now)
              .param("refs", out.stream().map(Out::ref).toList())
              .update();
          if (!removed.isEmpty()) {
            jdbc.sql("update hit_reference set withdrawn_at = :at where ref in (:refs)")
                .param("at", now)
                .param("refs", removed)
                .update();
          }
        });
    return out.size();
  }

  /** Withdraws references from the hub, then marks them withdrawn (a repeat is harmless). */
  private int withdraw(Key k, List<String> refs) {
    post(k, List.of(), refs);
    transactions.executeWithoutResult(
        status ->
            jdbc.sql("update hit_reference set withdrawn_at = :at where ref in (:refs)")
                .param("at", Timestamp.from(clock.instant()))
                .param("refs", refs)
                .update());
    return refs.size();
  }

  private void post(Key k, List<Out> out, List<String> removed) {
    try {
      var response =
          hub.post(
              "/federation/v1/hits/entries",
              JSON.writeValueAsString(Map.of("keyId", k.id(), "entries", out, "removed", removed)));
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the hub refused the publication: " + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("the hub cannot be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String newRef() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What an official asks with: a person's particulars, a phone, a document, or a person. */
  public record Criteria(
      @Nullable String kind,
      @Nullable String givenName,
      @Nullable String surname,
      @Nullable String birthDate,
      @Nullable String sex,
      @Nullable String phone,
      @Nullable String document,
      @Nullable String person) {}

  /** One country's answer as the official sees it. */
  public record CountryAnswer(String country, String status, List<Hit> hits) {}

  public record Hit(String ref, String band) {}

  /** A query and its answers. */
  public record Result(
      String id, HitKind kind, @Nullable String person, Instant at, List<CountryAnswer> answers) {}

  /** The region refused or could not answer: the message key says why. */
  public static final class Unanswered extends RuntimeException {
    private final int status;

    Unanswered(int status, String messageKey) {
      super(messageKey);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /**
   * Asks every other country whether it knows the subject: the query leaves as an encoding, the
   * answers come back as bands and opaque references. Logged here (and by the hub), limited per
   * official.
   */
  public Result ask(Criteria criteria, Actor actor) {
    if (MAY_ASK.stream().noneMatch(actor::has)) {
      throw new NotPermittedException("hits.not-permitted");
    }
    Key k =
        key().filter(x -> hub.configured()).orElseThrow(() -> new Unanswered(503, "hits.disabled"));
    HitKind kind = HitKind.parse(criteria.kind());
    if (kind == null) {
      throw new InvalidInputException("kind", "hits.invalid-kind");
    }
    List<@Nullable String> values = values(kind, criteria, actor);
    Instant now = clock.instant();
    Integer recent =
        jdbc.sql("select count(*) from hit_query where username = ? and asked_at > ?")
            .params(actor.username(), Timestamp.from(now.minus(Duration.ofMinutes(1))))
            .query(Integer.class)
            .single();
    if (recent >= perMinute) {
      audit.recordSeparately(
          AuditEvent.of(actor.username(), "hits.query", "hits", kind.name())
              .outcome("denied")
              .details("rate limit"));
      throw new Unanswered(429, "hits.too-many-queries");
    }
    // Only a case's person (checked by forQuery above) is kept by pseudonym; whatever else was
    // typed in that field for a phone or a document is not stored anywhere.
    String person =
        kind == HitKind.PERSON && criteria.person() != null && !criteria.person().isBlank()
            ? criteria.person().strip()
            : null;
    long[] bits = k.encoders().get(kind).encode(values);
    List<CountryAnswer> answers = remote(k, kind, bits, actor);
    String id = UUID.randomUUID().toString();
    int hits = (int) answers.stream().filter(a -> a.status().equals("HIT")).count();
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql(
                  """
                  insert into hit_query (id, username, kind, person, asked_at, answers)
                  values (?::uuid, ?, ?, ?, ?, ?::jsonb)
                  """)
              .params(
                  id,
                  actor.username(),
                  kind.name(),
                  person,
                  Timestamp.from(now),
                  JSON.writeValueAsString(answers))
              .update();
          audit.record(
              AuditEvent.of(actor.username(), "hits.query", "hits", id)
                  .because(person == null ? "" : "person " + person)
                  .details(kind.name() + ", " + hits + " countries with a hit"));
        });
    return new Result(id, kind, person, now, answers);
  }

  private List<@Nullable String> values(HitKind kind, Criteria c, Actor actor) {
    List<FieldProblem> problems = new ArrayList<>();
    List<@Nullable String> values =
        switch (kind) {
          case PERSON -> {
            if (c.person() != null && !c.person().isBlank()) {
              var p = persons.forQuery(c.person().strip(), actor);
              yield HitKind.person(
                  p.identity().givenName(),
                  p.identity().surname(),
                  p.identity().birthDate(),
                  p.gender());
            }
            LocalDate born = null;
            if (blank(c.givenName())) {
              problems.add(new FieldProblem("givenName", "validation.required"));
            }
            if (blank(c.surname())) {
              problems.add(new FieldProblem("surname", "validation.required"));
            }
            if (!blank(c.birthDate())) {
              try {
                born = LocalDate.parse(c.birthDate().strip());
              } catch (java.time.format.DateTimeParseException e) {
                problems.add(new FieldProblem("birthDate", "validation.date"));
              }
            }
            yield problems.isEmpty()
                ? HitKind.person(c.givenName().strip(), c.surname().strip(), born, c.sex())
                : List.of();
          }
          case PHONE -> {
            if (blank(c.phone())) {
              problems.add(new FieldProblem("phone", "validation.required"));
            } else if (Encoder.features(
                    k().encoders().get(HitKind.PHONE).schema().fields().get(0), c.phone().strip())
                .isEmpty()) {
              problems.add(new FieldProblem("phone", "validation.phone"));
            }
            yield java.util.Collections.singletonList(c.phone());
          }
          case DOCUMENT -> {
            if (blank(c.document()) || c.document().strip().length() < 4) {
              problems.add(new FieldProblem("document", "hits.document-too-short"));
            }
            yield java.util.Collections.singletonList(c.document());
          }
        };
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return values;
  }

  private Key k() {
    return key().orElseThrow(() -> new Unanswered(503, "hits.disabled"));
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private List<CountryAnswer> remote(Key k, HitKind kind, long[] bits, Actor actor) {
    HttpResponse<String> response;
    try {
      response =
          hub.post(
              "/federation/v1/hits/query",
              JSON.writeValueAsString(
                  Map.of(
                      "keyId", k.id(),
                      "kind", kind.name(),
                      "encoding", PprlFiles.toBase64(bits),
                      "requester", k.requester(actor.username()))),
              Duration.ofSeconds(10));
    } catch (IOException e) {
      throw new Unanswered(503, "hits.hub-unreachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unanswered(503, "hits.hub-unreachable");
    }
    switch (response.statusCode()) {
      case 200 -> {}
      case 429 -> throw new Unanswered(429, "hits.too-many-queries");
      case 503 -> throw new Unanswered(503, "hits.index-loading");
      default -> {
        log.warn("The hub refused a hit query: {} {}", response.statusCode(), response.body());
        throw new Unanswered(502, "hits.hub-refused");
      }
    }
    List<CountryAnswer> answers = new ArrayList<>();
    for (JsonNode a : JSON.readTree(response.body()).path("answers")) {
      List<Hit> hits = new ArrayList<>();
      for (JsonNode h : a.path("hits")) {
        hits.add(new Hit(h.path("ref").asString(), h.path("band").asString()));
      }
      answers.add(
          new CountryAnswer(a.path("country").asString(), a.path("status").asString(), hits));
    }
    return answers;
  }

  /** An official's own earlier queries, newest first. */
  public List<Result> history(Actor actor, int limit) {
    return jdbc.sql(
            """
            select id, kind, person, asked_at, answers from hit_query
            where username = ? order by asked_at desc limit ?
            """)
        .params(actor.username(), limit)
        .query(
            (rs, n) ->
                new Result(
                    rs.getString(1),
                    HitKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    Arrays.asList(JSON.readValue(rs.getString(5), CountryAnswer[].class))))
        .list();
  }

  private record Pulled(List<Notice> notices) {}

  /** Takes the hub's new notices about this node's references. */
  public int pullNotices() {
    if (!hub.configured()) {
      return 0;
    }
    int stored = 0;
    try {
      // Page by page until the hub has nothing undelivered; each page is stored, then acknowledged
      // (a repeat after a lost acknowledgement is stored once: the hub's id is the key).
      for (int page = 0; page < 100; page++) {
        var response =
            hub.post("/federation/v1/hits/notices", JSON.writeValueAsString(Map.of("max", 500)));
        if (response.statusCode() != 200) {
          break;
        }
        List<Notice> notices = JSON.readValue(response.body(), Pulled.class).notices();
        if (notices.isEmpty()) {
          break;
        }
        Integer added = transactions.execute(status -> store(notices));
        stored += added == null ? 0 : added;
        var ack =
            hub.post(
                "/federation/v1/hits/notices/ack",
                JSON.writeValueAsString(Map.of("ids", notices.stream().map(Notice::id).toList())));
        if (ack.statusCode() != 200) {
          break;
        }
      }
    } catch (IOException e) {
      log.debug("Hit notices not fetched: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return stored;
  }

  private int store(List<Notice> notices) {
    int stored = 0;
    Instant now = clock.instant();
    for (Notice n : notices) {
      stored +=
          jdbc.sql(
                  """
                  insert into hit_notice (hub_id, kind, own_ref, other_country, other_ref, band,
                    created_at, received_at)
                  values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                  """)
              .params(
                  n.id(),
                  n.kind(),
                  n.ownRef(),
                  n.otherCountry(),
                  n.otherRef(),
                  n.band(),
                  Timestamp.from(n.at()),
                  Timestamp.from(now))
              .update();
    }
    if (stored > 0) {
      audit.record(
          AuditEvent.of("system", "hits.notices.received", "hits", "")
              .details(stored + " notices"));
    }
    return stored;
  }

  /** What a reference stands for here: the kind, the person's pseudonym and cases. */
  public record Resolved(String ref, HitKind kind, String pseudonym, List<String> cases) {}

  /** The notices, newest first: for the contact point. */
  public List<Notice> notices(Actor actor, int limit) {
    requireContactPoint(actor);
    return jdbc.sql(
            """
            select hub_id, kind, own_ref, other_country, other_ref, band, created_at
            from hit_notice order by hub_id desc limit ?
            """)
        .param(limit)
        .query((rs, n) -> Notice.of(rs))
        .list();
  }

  /**
   * What one of this node's references stands for, for the contact point answering a hit follow-up:
   * the kind, the person's pseudonym and case references (identities stay behind the case's own
   * access rules). Audited.
   */
  public Optional<Resolved> resolve(String ref, Actor actor) {
    requireContactPoint(actor);
    record Row(HitKind kind, long personId) {}
    var row =
        jdbc.sql("select kind, person_id from hit_reference where ref = ?")
            .param(ref.strip())
            .query((rs, n) -> new Row(HitKind.valueOf(rs.getString(1)), rs.getLong(2)))
            .optional();
    audit.record(
        AuditEvent.of(actor.username(), "hits.reference.resolved", "hit-reference", ref.strip())
            .outcome(row.isPresent() ? "success" : "failure"));
    return row.flatMap(
        r ->
            persons
                .locate(r.personId())
                .map(l -> new Resolved(ref.strip(), r.kind(), l.pseudonym(), l.cases())));
  }

  private static void requireContactPoint(Actor actor) {
    if (!actor.has(UserRole.CONTACT_POINT)) {
      throw new NotPermittedException("hits.contact-point-only");
    }
  }
}
