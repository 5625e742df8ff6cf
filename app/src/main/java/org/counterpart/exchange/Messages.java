package org.counterpart.exchange;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.CaseViews;
import org.counterpart.cases.NodeEncryption;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.cases.PersonSearch;
import org.counterpart.cases.Vocabulary;
import org.counterpart.core.exchange.Seal;
import org.counterpart.federation.PartyCredentials;
import org.counterpart.identity.UserRole;
import org.counterpart.system.CounterpartProperties;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages with other countries' contact points. Officers draft; only the contact point sends, so
 * every officer's message passes a second pair of eyes (the contact point's own replies are sent by
 * the contact point); sending seals the message for the recipient and queues it in the same
 * transaction, and the outbox dispatcher hands it to the hub.
 */
@Service
@NodeOnly
public class Messages {

  private final JdbcClient jdbc;
  private final NodeEncryption encryption;
  private final Peers peers;
  private final PersonSearch search;
  private final PartyCredentials party;
  private final AuditTrail audit;
  private final Clock clock;
  private final String country;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final MessageAttachments attachments;
  private final JsonMapper json = JsonMapper.builder().build();

  /** Something was queued for the hub; the courier hands it over once the transaction commits. */
  record OutboxQueued() {}

  Messages(
      JdbcClient jdbc,
      NodeEncryption encryption,
      Peers peers,
      PersonSearch search,
      PartyCredentials party,
      AuditTrail audit,
      Clock clock,
      CounterpartProperties instance,
      org.springframework.context.ApplicationEventPublisher events,
      MessageAttachments attachments) {
    this.events = events;
    this.attachments = attachments;
    this.search = search;
    this.jdbc = jdbc;
    this.encryption = encryption;
    this.peers = peers;
    this.party = party;
    this.audit = audit;
    this.clock = clock;
    this.country = instance.nodeCountry();
  }

  /** A draft as an officer writes it. */
  public record Draft(
      @Nullable String recipient,
      @Nullable MessageType type,
      @Nullable Urgency urgency,
      @Nullable String handlingCode,
      @Nullable String handlingText,
      @Nullable String sourceCode,
      @Nullable String informationCode,
      @Nullable String subject,
      @Nullable String body,
      @Nullable String caseReference,
      @Nullable String inReplyTo,
      @Nullable Subject person) {

    /** A draft about no person in particular. */
    public Draft(
        @Nullable String recipient,
        @Nullable MessageType type,
        @Nullable Urgency urgency,
        @Nullable String handlingCode,
        @Nullable String handlingText,
        @Nullable String sourceCode,
        @Nullable String informationCode,
        @Nullable String subject,
        @Nullable String body,
        @Nullable String caseReference,
        @Nullable String inReplyTo) {
      this(
          recipient,
          type,
          urgency,
          handlingCode,
          handlingText,
          sourceCode,
          informationCode,
          subject,
          body,
          caseReference,
          inReplyTo,
          null);
    }
  }

  /** A message as shown. */
  public record MessageView(
      String id,
      String direction,
      String counterpart,
      MessageType type,
      String status,
      String priority,
      @Nullable Instant deadline,
      String handlingCode,
      @Nullable String handlingText,
      String sourceCode,
      String informationCode,
      String subject,
      @Nullable String body,
      @Nullable String caseReference,
      @Nullable String inReplyTo,
      @Nullable String draftedBy,
      @Nullable String sentBy,
      Instant createdAt,
      @Nullable String quarantineReason,
      @Nullable String ackState,
      @Nullable String ackReason) {}

  /** Checks and stores a draft; returns its id. */
  @Transactional
  public String draft(Draft draft, Actor actor) {
    if (!actor.has(UserRole.FIRST_LINE_OFFICER)
        && !actor.has(UserRole.SCREENING_TEAM_MEMBER)
        && !actor.has(UserRole.CONTACT_POINT)
        && !actor.has(UserRole.PROSECUTOR)) {
      throw new NotPermittedException("cases.not-permitted");
    }
    List<FieldProblem> problems = check(draft);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    var content = encryption.encrypt(draft.body().getBytes(StandardCharsets.UTF_8), id);
    jdbc.sql(
            """
            insert into exchange_message (id, direction, counterpart, type, status, priority,
                deadline, handling_code, handling_text, source_code, information_code, subject,
                content, content_key, case_reference, in_reply_to, drafted_by, created_at)
            values (?::uuid, 'OUT', ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, ?, ?)
            """)
        .params(
            id,
            draft.recipient(),
            draft.type().name(),
            draft.urgency().priority(),
            deadline(draft, now),
            draft.handlingCode(),
            blankToNull(draft.handlingText()),
            draft.sourceCode(),
            draft.informationCode(),
            draft.subject().strip(),
            content.bytes(),
            content.keyId(),
            blankToNull(draft.caseReference()),
            blankToNull(draft.inReplyTo()),
            actor.username(),
            Timestamp.from(now))
        .update();
    if (draft.person() != null && !draft.person().empty()) {
      storeSubjects(id, List.of(draft.person()));
    }
    audit.record(
        AuditEvent.of(actor.username(), "message.drafted", "message", id)
            .details("to=" + draft.recipient() + " type=" + draft.type()));
    return id;
  }

  private static @Nullable Timestamp deadline(Draft draft, Instant now) {
    return draft.type() == MessageType.INFORMATION_REQUEST
            || draft.type() == MessageType.HIT_FOLLOW_UP
            || draft.type() == MessageType.TRANSNATIONAL_REFERRAL
        ? Timestamp.from(now.plus(draft.urgency().deadline()))
        : null;
  }

  /**
   * The contact point sends a draft: sealed for the recipient and queued in this transaction, so
   * the message is either queued with the decision or not at all.
   */
  @Transactional
  public void send(String id, Actor actor) {
    if (!actor.has(UserRole.CONTACT_POINT)) {
      throw new NotPermittedException("exchange.only-contact-point");
    }
    // The draft, locked, and whether it names persons or has files, in one round trip.
    Locked locked = lockForSending(id);
    Row row = locked.row();
    if (!"OUT".equals(row.direction()) || !"DRAFT".equals(row.status())) {
      throw new InvalidInputException("status", "exchange.not-a-draft");
    }
    if (row.type() == MessageType.MLA_REQUEST) {
      // Evidence goes from the prosecutor through the ministry of justice, not between police.
      throw new InvalidInputException("type", "exchange.mla-not-sent");
    }
    var recipient =
        peers
            .certificate(row.counterpart())
            .orElseThrow(
                () -> new InvalidInputException("recipient", "exchange.unknown-recipient"));
    var own =
        party
            .credentials()
            .orElseThrow(() -> new IllegalStateException("this node has no credentials"));
    Instant now = clock.instant();
    var payload =
        new Payload(
            id,
            country,
            row.counterpart(),
            row.type(),
            row.priority(),
            row.deadline(),
            row.handlingCode(),
            row.handlingText(),
            row.sourceCode(),
            row.informationCode(),
            row.subject(),
            body(row),
            row.inReplyTo(),
            now,
            locked.subjects() ? subjects(row.id()) : List.of(),
            locked.files() ? attachments.forSeal(id) : List.of());
    byte[] sealed = Seal.seal(json.writeValueAsBytes(payload), own, recipient);
    jdbc.sql(
            """
            update exchange_message set status = 'QUEUED', sealed = ?, sent_by = ?, sent_at = ?,
                   next_attempt_at = ?, version = version + 1
            where id = ?::uuid
            """)
        .params(sealed, actor.username(), Timestamp.from(now), Timestamp.from(now), id)
        .update();
    events.publishEvent(new OutboxQueued());
    if (row.inReplyTo() != null) {
      jdbc.sql(
              "update exchange_message set answered_at = ? where id = ?::uuid and direction = 'IN'")
          .params(Timestamp.from(now), row.inReplyTo())
          .update();
    }
    audit.record(
        AuditEvent.of(actor.username(), "message.sent", "message", id)
            .details("to=" + row.counterpart() + " handling=" + row.handlingCode()));
  }

  /**
   * Records the originator's permission to pass an H2 item on to {@code country}, with the
   * reference of the originator's message that grants it.
   */
  @Transactional
  public void recordPermission(String id, String country, String reference, Actor actor) {
    if (!actor.has(UserRole.CONTACT_POINT)) {
      throw new NotPermittedException("exchange.only-contact-point");
    }
    Row row = find(id);
    if (!"IN".equals(row.direction()) || row.quarantineReason() != null) {
      throw new InvalidInputException("id", "exchange.not-received");
    }
    if (!Vocabulary.COUNTRIES.contains(country)) {
      throw new InvalidInputException("country", "validation.country");
    }
    if (reference == null || reference.isBlank()) {
      throw new InvalidInputException("reference", "validation.required");
    }
    jdbc.sql(
            """
            insert into exchange_permission (message_id, country, granted_reference, recorded_by,
                                             recorded_at)
            values (?::uuid, ?, ?, ?, ?) on conflict do nothing
            """)
        .params(id, country, reference.strip(), actor.username(), Timestamp.from(clock.instant()))
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "message.permission-recorded", "message", id)
            .details("country=" + country + " reference=" + reference.strip()));
  }

  /**
   * Forwards a received item to a third country as a new draft that keeps its handling code. An H2
   * item needs the originator's recorded permission for that country.
   */
  @Transactional
  public String forward(String id, String country, Actor actor) {
    if (!actor.has(UserRole.CONTACT_POINT)) {
      throw new NotPermittedException("exchange.only-contact-point");
    }
    Row row = find(id);
    if (!"IN".equals(row.direction()) || row.quarantineReason() != null) {
      throw new InvalidInputException("id", "exchange.not-received");
    }
    if (country == null
        || !Vocabulary.COUNTRIES.contains(country)
        || country.equals(this.country)
        || country.equals(row.counterpart())) {
      throw new InvalidInputException("recipient", "exchange.unknown-recipient");
    }
    if ("H2".equals(row.handlingCode())) {
      boolean permitted =
          jdbc.sql(
                      "select count(*) from exchange_permission where message_id = ?::uuid and country = ?")
                  .params(id, country)
                  .query(Integer.class)
                  .single()
              > 0;
      if (!permitted) {
        audit.record(
            AuditEvent.of(actor.username(), "message.forward-refused", "message", id)
                .outcome("refused")
                .details("country=" + country + " handling=H2"));
        throw new InvalidInputException("recipient", "exchange.h2-needs-permission");
      }
    }
    String forwarded = UUID.randomUUID().toString();
    var content = encryption.encrypt(body(row).getBytes(StandardCharsets.UTF_8), forwarded);
    jdbc.sql(
            """
            insert into exchange_message (id, direction, counterpart, type, status, priority,
                deadline, handling_code, handling_text, source_code, information_code, subject,
                content, content_key, case_reference, forwarded_from, drafted_by, created_at)
            values (?::uuid, 'OUT', ?, 'SPONTANEOUS_INFORMATION', 'DRAFT', ?, null, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?::uuid, ?, ?)
            """)
        .params(
            forwarded,
            country,
            row.priority(),
            row.handlingCode(),
            row.handlingText(),
            row.sourceCode(),
            row.informationCode(),
            "Fwd (" + row.counterpart() + "): " + row.subject(),
            content.bytes(),
            content.keyId(),
            row.caseReference(),
            id,
            actor.username(),
            Timestamp.from(clock.instant()))
        .update();
    attachments.copy(id, forwarded, actor.username());
    audit.record(
        AuditEvent.of(actor.username(), "message.forwarded", "message", id)
            .details("to=" + country + " draft=" + forwarded));
    return forwarded;
  }

  /** Keeps the persons a message is about, encrypted under the node key. */
  void storeSubjects(String id, List<Subject> subjects) {
    var encrypted = encryption.encrypt(json.writeValueAsBytes(subjects), id + "/subjects");
    jdbc.sql("update exchange_message set subjects = ? where id = ?::uuid")
        .params(encrypted.bytes(), id)
        .update();
  }

  /** The persons a message is about. */
  List<Subject> subjects(String id) {
    record Stored(byte @Nullable [] bytes, String key) {}
    var stored =
        jdbc.sql("select subjects, content_key from exchange_message where id = ?::uuid")
            .param(id)
            .query((rs, n) -> new Stored(rs.getBytes(1), rs.getString(2)))
            .optional();
    if (stored.isEmpty() || stored.get().bytes() == null) {
      return List.of();
    }
    byte[] plain =
        encryption.decrypt(
            new NodeEncryption.Encrypted(stored.get().key(), stored.get().bytes()),
            id + "/subjects");
    return List.of(json.readValue(plain, Subject[].class));
  }

  /** A person of an incoming request and who in this node's cases may be that person. */
  public record CrossCheck(Subject subject, List<CaseViews.PersonHit> hits) {}

  /**
   * Checks the persons of an incoming request against this node's cases (Directive (EU) 2023/977,
   * Art. 16), with the contact point's own rights: pseudonyms and case references, identities only
   * where the contact point is on the case team.
   */
  @Transactional
  public List<CrossCheck> crossCheck(String id, Actor actor) {
    if (!actor.has(UserRole.CONTACT_POINT)) {
      throw new NotPermittedException("exchange.only-contact-point");
    }
    Row row = find(id);
    if (!"IN".equals(row.direction())) {
      return List.of();
    }
    List<CrossCheck> checks = new ArrayList<>();
    for (Subject subject : subjects(id)) {
      List<CaseViews.PersonHit> hits;
      try {
        hits =
            search
                .search(
                    new PersonSearch.Query(
                        subject.name(), subject.birthDate(), subject.phone(), subject.document()),
                    0,
                    10,
                    actor)
                .hits();
      } catch (InvalidInputException e) {
        hits = List.of();
      }
      checks.add(new CrossCheck(subject, hits));
    }
    return checks;
  }

  /** The acknowledgement states, in the order they can follow one another. */
  static final List<String> ACK_STATES = List.of("DELIVERED", "READ", "ACCEPTED", "REFUSED");

  /**
   * Queues an acknowledgement of a received message back to its sender, sealed, in the caller's
   * transaction: it leaves with the outbox like any message.
   */
  void queueAcknowledgement(String acknowledged, String to, String state, @Nullable String reason) {
    var recipient = peers.certificate(to);
    var own = party.credentials();
    if (recipient.isEmpty() || own.isEmpty()) {
      return;
    }
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    var payload =
        new Payload(
            id,
            country,
            to,
            MessageType.ACKNOWLEDGEMENT,
            "NORMAL",
            null,
            "H0",
            null,
            "A",
            "1",
            state,
            reason == null ? "" : reason,
            acknowledged,
            now,
            null,
            null);
    byte[] sealed = Seal.seal(json.writeValueAsBytes(payload), own.get(), recipient.get());
    var content =
        encryption.encrypt((reason == null ? "" : reason).getBytes(StandardCharsets.UTF_8), id);
    jdbc.sql(
            """
            insert into exchange_message (id, direction, counterpart, type, status, priority,
                handling_code, source_code, information_code, subject, content, content_key,
                in_reply_to, sealed, sent_by, sent_at, next_attempt_at, created_at)
            values (?::uuid, 'OUT', ?, 'ACKNOWLEDGEMENT', 'QUEUED', 'NORMAL', 'H0', 'A', '1', ?, ?,
                    ?, ?::uuid, ?, 'counterpart', ?, ?, ?)
            """)
        .params(
            id,
            to,
            state,
            content.bytes(),
            content.keyId(),
            acknowledged,
            sealed,
            Timestamp.from(now),
            Timestamp.from(now),
            Timestamp.from(now))
        .update();
    events.publishEvent(new OutboxQueued());
  }

  /**
   * An acknowledgement received for one of our messages (DELIVERED lists every message of the
   * sender's batch): the state only moves forward.
   */
  void acknowledged(String ours, String from, String state, @Nullable String reason, Instant at) {
    if (!ACK_STATES.contains(state)) {
      return;
    }
    if ("DELIVERED".equals(state) && reason != null && !reason.isBlank()) {
      List<String> ids = new ArrayList<>();
      for (String id : reason.split(",")) {
        try {
          ids.add(UUID.fromString(id.strip()).toString());
        } catch (IllegalArgumentException e) {
          // not one of ours: ignored
        }
      }
      if (!ids.isEmpty()) {
        updateAcknowledgement(ids, from, state, null, at);
      }
      return;
    }
    updateAcknowledgement(List.of(ours), from, state, reason, at);
  }

  private void updateAcknowledgement(
      List<String> ours, String from, String state, @Nullable String reason, Instant at) {
    jdbc.sql(
            """
            update exchange_message set ack_state = ?, ack_reason = ?, ack_at = ?
            where id = any(?::uuid[]) and direction = 'OUT' and counterpart = ?
              and (ack_state is null or array_position(?::text[], ack_state) < array_position(?::text[], ?))
            """)
        .params(
            state,
            reason == null || reason.isBlank() ? null : reason,
            Timestamp.from(at),
            ours.toArray(String[]::new),
            from,
            "{" + String.join(",", ACK_STATES) + "}",
            "{" + String.join(",", ACK_STATES) + "}",
            state)
        .update();
  }

  /** The contact point accepts or refuses (with a reason) a received request. */
  @Transactional
  public void answer(String id, boolean accepted, @Nullable String reason, Actor actor) {
    if (!actor.has(UserRole.CONTACT_POINT)) {
      throw new NotPermittedException("exchange.only-contact-point");
    }
    Row row = find(id);
    if (!"IN".equals(row.direction()) || row.quarantineReason() != null) {
      throw new InvalidInputException("id", "exchange.not-received");
    }
    if (!accepted && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", "validation.required");
    }
    queueAcknowledgement(id, row.counterpart(), accepted ? "ACCEPTED" : "REFUSED", reason);
    audit.record(
        AuditEvent.of(
                actor.username(), accepted ? "message.accepted" : "message.refused", "message", id)
            .because(reason == null ? "" : reason.strip()));
  }

  /** One message; reading an incoming one marks it read and is audited. */
  @Transactional
  public MessageView read(String id, Actor actor) {
    Row row = find(id);
    if (!actor.has(UserRole.CONTACT_POINT) && !actor.username().equals(row.draftedBy())) {
      throw new NotPermittedException("exchange.only-contact-point");
    }
    if ("IN".equals(row.direction()) && "RECEIVED".equals(row.status())) {
      jdbc.sql(
              "update exchange_message set status = 'READ', read_at = ?, read_by = ? where id = ?::uuid")
          .params(Timestamp.from(clock.instant()), actor.username(), id)
          .update();
      queueAcknowledgement(id, row.counterpart(), "READ", null);
    }
    audit.record(AuditEvent.of(actor.username(), "message.read", "message", id));
    return view(find(id), true);
  }

  /** The contact point's boxes: IN or OUT, newest first, without bodies. */
  @Transactional(readOnly = true)
  public List<MessageView> box(String direction, Actor actor) {
    return box(direction, Filter.NONE, actor);
  }

  /** What the contact point narrows a box to; null or blank fields do not filter. */
  public record Filter(
      @Nullable String country,
      @Nullable MessageType type,
      @Nullable String status,
      @Nullable String text,
      boolean overdueOnly) {
    public static final Filter NONE = new Filter(null, null, null, null, false);
  }

  /** A box narrowed by country, type, status, words of the subject, or overdue deadlines. */
  @Transactional(readOnly = true)
  public List<MessageView> box(String direction, Filter filter, Actor actor) {
    if (!actor.has(UserRole.CONTACT_POINT)) {
      throw new NotPermittedException("exchange.only-contact-point");
    }
    String text = filter.text() == null ? "" : filter.text().strip();
    return jdbc
        .sql(
            SELECT
                + """
                 where direction = :direction and type <> 'ACKNOWLEDGEMENT'
                   and (cast(:country as text) is null or counterpart = :country)
                   and (cast(:type as text) is null or type = :type)
                   and (cast(:status as text) is null or status = :status)
                   and (:text = '' or subject ilike '%' || :text || '%')
                   and (not :overdue or (deadline < :now and answered_at is null))
                 order by created_at desc limit 200
                """)
        .param("direction", direction)
        .param("country", blankToNull(filter.country()))
        .param("type", filter.type() == null ? null : filter.type().name())
        .param("status", blankToNull(filter.status()))
        .param("text", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
        .param("overdue", filter.overdueOnly())
        .param("now", Timestamp.from(clock.instant()))
        .query(Messages::row)
        .list()
        .stream()
        .map(r -> view(r, false))
        .toList();
  }

  /** The messages linked to a case of this node, oldest first: the case's thread. */
  @Transactional(readOnly = true)
  public List<MessageView> thread(String caseReference, Actor actor) {
    return jdbc
        .sql(SELECT + " where case_reference = ? order by created_at")
        .param(caseReference)
        .query(Messages::row)
        .list()
        .stream()
        .filter(r -> actor.has(UserRole.CONTACT_POINT) || actor.username().equals(r.draftedBy()))
        .map(r -> view(r, false))
        .toList();
  }

  private List<FieldProblem> check(Draft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.recipient() == null
        || !Vocabulary.COUNTRIES.contains(draft.recipient())
        || draft.recipient().equals(country)) {
      problems.add(new FieldProblem("recipient", "exchange.unknown-recipient"));
    }
    if (draft.type() == null) {
      problems.add(new FieldProblem("type", "validation.required"));
    }
    if (draft.urgency() == null) {
      problems.add(new FieldProblem("urgency", "validation.required"));
    }
    if (draft.handlingCode() == null
        || !List.of("H0", "H1", "H2", "H3").contains(draft.handlingCode())) {
      problems.add(new FieldProblem("handlingCode", "exchange.handling-required"));
    } else if (draft.handlingCode().equals("H3")
        && (draft.handlingText() == null || draft.handlingText().isBlank())) {
      problems.add(new FieldProblem("handlingText", "exchange.h3-text-required"));
    }
    if (draft.sourceCode() == null || !List.of("A", "B", "C", "X").contains(draft.sourceCode())) {
      problems.add(new FieldProblem("sourceCode", "validation.vocabulary"));
    }
    if (draft.informationCode() == null
        || !List.of("1", "2", "3", "4").contains(draft.informationCode())) {
      problems.add(new FieldProblem("informationCode", "validation.vocabulary"));
    }
    if (draft.subject() == null || draft.subject().isBlank()) {
      problems.add(new FieldProblem("subject", "validation.required"));
    } else if (draft.subject().length() > 200) {
      problems.add(new FieldProblem("subject", "validation.too-long"));
    }
    if (draft.body() == null || draft.body().isBlank()) {
      problems.add(new FieldProblem("body", "validation.required"));
    } else if (draft.body().length() > 100_000) {
      problems.add(new FieldProblem("body", "validation.too-long"));
    }
    if (draft.person() != null && !draft.person().empty()) {
      var subject = draft.person();
      if (subject.birthDate() != null
          && subject
              .birthDate()
              .isAfter(java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)))) {
        problems.add(new FieldProblem("subject.birthDate", "validation.date-future"));
      }
      if (subject.phone() != null
          && !subject.phone().isBlank()
          && org.counterpart.core.names.PhoneNumbers.e164(subject.phone(), country).isEmpty()) {
        problems.add(new FieldProblem("subject.phone", "validation.phone"));
      }
      if (subject.name() != null && subject.name().length() > 200) {
        problems.add(new FieldProblem("subject.name", "validation.too-long"));
      }
    }
    if (draft.inReplyTo() != null && !draft.inReplyTo().isBlank()) {
      try {
        UUID.fromString(draft.inReplyTo());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("inReplyTo", "validation.vocabulary"));
      }
    }
    return problems;
  }

  /** The columns {@link #row} reads, in its order. */
  private static final String COLUMNS =
      """
      id, direction, counterpart, type, status, priority, deadline, handling_code,
      handling_text, source_code, information_code, subject, content, content_key,
      case_reference, in_reply_to, drafted_by, sent_by, created_at, quarantine_reason,
      ack_state, ack_reason
      """;

  static final String SELECT = "select " + COLUMNS + " from exchange_message\n";

  record Row(
      String id,
      String direction,
      String counterpart,
      MessageType type,
      String status,
      String priority,
      @Nullable Instant deadline,
      String handlingCode,
      @Nullable String handlingText,
      String sourceCode,
      String informationCode,
      String subject,
      byte[] content,
      String contentKey,
      @Nullable String caseReference,
      @Nullable String inReplyTo,
      @Nullable String draftedBy,
      @Nullable String sentBy,
      Instant createdAt,
      @Nullable String quarantineReason,
      @Nullable String ackState,
      @Nullable String ackReason) {}

  static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        MessageType.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getBytes(13),
        rs.getString(14),
        rs.getString(15),
        rs.getString(16),
        rs.getString(17),
        rs.getString(18),
        rs.getTimestamp(19).toInstant(),
        rs.getString(20),
        rs.getString(21),
        rs.getString(22));
  }

  /** An id that is not a UUID names no message. */
  private static void requireMessageId(String id) {
    try {
      UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new CaseNotFoundException(id);
    }
  }

  private Row find(String id) {
    requireMessageId(id);
    return jdbc.sql(SELECT + " where id = ?::uuid")
        .param(id)
        .query(Messages::row)
        .optional()
        .orElseThrow(() -> new CaseNotFoundException(id));
  }

  /** A draft locked for sending, with whether it names persons and whether it has files. */
  private record Locked(Row row, boolean subjects, boolean files) {}

  private Locked lockForSending(String id) {
    requireMessageId(id);
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                  , subjects is not null,
                  exists (select 1 from exchange_attachment a where a.message_id = m.id)
                  from exchange_message m where id = ?::uuid for update
                  """)
        .param(id)
        .query((rs, n) -> new Locked(row(rs, n), rs.getBoolean(23), rs.getBoolean(24)))
        .optional()
        .orElseThrow(() -> new CaseNotFoundException(id));
  }

  private String body(Row row) {
    return new String(
        encryption.decrypt(new NodeEncryption.Encrypted(row.contentKey(), row.content()), row.id()),
        StandardCharsets.UTF_8);
  }

  private MessageView view(Row row, boolean withBody) {
    return new MessageView(
        row.id(),
        row.direction(),
        row.counterpart(),
        row.type(),
        row.status(),
        row.priority(),
        row.deadline(),
        row.handlingCode(),
        row.handlingText(),
        row.sourceCode(),
        row.informationCode(),
        row.subject(),
        withBody && row.quarantineReason() == null ? body(row) : null,
        row.caseReference(),
        row.inReplyTo(),
        row.draftedBy(),
        row.sentBy(),
        row.createdAt(),
        row.quarantineReason(),
        row.ackState(),
        row.ackReason());
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
