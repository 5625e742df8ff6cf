package org.counterpart.exchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseAttachments;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.NodeEncryption;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.identity.UserRole;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.counterpart.system.PdfStamp;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files that travel with a message: attached to a draft, sealed with it, checked against their
 * SHA-256 and type on arrival, encrypted at rest, and exported with an audit entry. An H1 item is
 * stamped on export: a PDF on every page, an image in a stamped PDF page, a text on its first line.
 */
@Service
@NodeOnly
public class MessageAttachments {

  private final JdbcClient jdbc;
  private final NodeEncryption encryption;
  private final AuditTrail audit;
  private final Clock clock;
  private final int maxBytes;

  MessageAttachments(
      JdbcClient jdbc,
      NodeEncryption encryption,
      AuditTrail audit,
      Clock clock,
      @Value("${counterpart.exchange.max-attachment-bytes:5242880}") int maxBytes) {
    this.jdbc = jdbc;
    this.encryption = encryption;
    this.audit = audit;
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  /** An attachment as a message lists it. */
  public record Attachment(
      String id, String fileName, String contentType, int sizeBytes, String sha256) {}

  /** An exported file: its name, type and bytes (stamped when the message is H1). */
  public record Export(String fileName, String contentType, byte[] content) {}

  /** Attaches a file to a draft the actor may edit; the file is sealed with the message. */
  @Transactional
  public Attachment attach(String messageId, String fileName, byte[] content, Actor actor) {
    var message = lockDraft(messageId, actor);
    if (content.length == 0) {
      throw new InvalidInputException("file", "attachment.empty");
    }
    String type = CaseAttachments.contentType(content);
    if (type == null) {
      throw new InvalidInputException("file", "attachment.wrong-type");
    }
    String name = safeName(fileName);
    if (name == null) {
      throw new InvalidInputException("file", "attachment.bad-name");
    }
    long already =
        jdbc.sql(
                "select coalesce(sum(size_bytes), 0) from exchange_attachment where message_id = ?::uuid")
            .param(message)
            .query(Long.class)
            .single();
    if (already + content.length > maxBytes) {
      throw new InvalidInputException("file", "exchange.attachments-too-large");
    }
    String id = UUID.randomUUID().toString();
    String sha256 = sha256(content);
    store(id, message, name, type, content, sha256, actor.username(), clock.instant());
    audit.record(
        AuditEvent.of(actor.username(), "message.attachment-added", "message", message)
            .details("attachment=" + id + " sha256=" + sha256 + " bytes=" + content.length));
    return new Attachment(id, name, type, content.length, sha256);
  }

  /** The attachments of a message, in the order they were added. */
  @Transactional(readOnly = true)
  public List<Attachment> list(String messageId) {
    return jdbc.sql(
            """
            select public_id::text, file_name, content_type, size_bytes, sha256
            from exchange_attachment where message_id = ?::uuid order by id
            """)
        .param(messageId)
        .query(
            (rs, n) ->
                new Attachment(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getString(5)))
        .list();
  }

  /** Exports one file to someone who may read the message; audited, stamped when H1. */
  @Transactional
  public Export export(String messageId, String attachmentId, Actor actor, String h1Stamp) {
    var message = readable(messageId, actor);
    var file = load(messageId, attachmentId);
    audit.record(
        AuditEvent.of(actor.username(), "message.attachment-exported", "message", messageId)
            .details("attachment=" + attachmentId + " handling=" + message.handlingCode()));
    if (!"H1".equals(message.handlingCode())) {
      return new Export(file.fileName(), file.contentType(), file.content());
    }
    return switch (file.contentType()) {
      case "application/pdf" ->
          new Export(file.fileName(), file.contentType(), stamped(file.content(), h1Stamp));
      case "image/jpeg", "image/png" ->
          new Export(
              file.fileName() + ".pdf",
              "application/pdf",
              PdfStamp.imageOnStampedPage(file.content(), file.fileName(), h1Stamp));
      default ->
          new Export(
              file.fileName(),
              file.contentType(),
              (h1Stamp
                      + "\n\n"
                      + new String(file.content(), java.nio.charset.StandardCharsets.UTF_8))
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    };
  }

  /** A PDF stamped on every page; one that cannot be opened (a password) is not exported. */
  private static byte[] stamped(byte[] pdf, String stamp) {
    try {
      return PdfStamp.onEveryPage(pdf, stamp);
    } catch (java.io.UncheckedIOException e) {
      throw new InvalidInputException("file", "exchange.attachment-cannot-stamp");
    }
  }

  /** What goes into the seal: every file of the message, decrypted and checked. */
  List<Payload.File> forSeal(String messageId) {
    return list(messageId).stream()
        .map(a -> load(messageId, a.id()))
        .map(f -> new Payload.File(f.fileName(), f.contentType(), f.sha256(), f.content()))
        .toList();
  }

  /** Why files that arrived sealed cannot be accepted; null when they can. */
  static @Nullable String problem(@Nullable List<Payload.File> files, int maxBytes) {
    if (files == null) {
      return null;
    }
    long total = 0;
    for (Payload.File file : files) {
      if (file == null || file.content() == null || file.content().length == 0) {
        return "an attachment is empty";
      }
      total += file.content().length;
      if (!sha256(file.content()).equals(file.sha256())) {
        return "an attachment does not match its SHA-256";
      }
      String type = CaseAttachments.contentType(file.content());
      if (type == null || !type.equals(file.contentType())) {
        return "an attachment is not of the type it claims";
      }
      if (safeName(file.fileName()) == null) {
        return "an attachment has no usable name";
      }
    }
    return total > maxBytes ? "the attachments are too large" : null;
  }

  int maxBytes() {
    return maxBytes;
  }

  /** Stores the files of a message that arrived (already checked by {@link #problem}). */
  void storeReceived(String messageId, String sender, List<Payload.File> files, Instant now) {
    for (Payload.File file : files) {
      store(
          UUID.randomUUID().toString(),
          messageId,
          safeName(file.fileName()),
          file.contentType(),
          file.content(),
          file.sha256(),
          "node:" + sender,
          now);
    }
  }

  /** Copies the files of a received message onto the draft that forwards it. */
  void copy(String fromMessage, String toMessage, String actor) {
    Instant now = clock.instant();
    for (Payload.File file : forSeal(fromMessage)) {
      store(
          UUID.randomUUID().toString(),
          toMessage,
          file.fileName(),
          file.contentType(),
          file.content(),
          file.sha256(),
          actor,
          now);
    }
  }

  private void store(
      String id,
      String messageId,
      @Nullable String name,
      String type,
      byte[] content,
      String sha256,
      String by,
      Instant at) {
    var sealed = encryption.encrypt(content, id);
    jdbc.sql(
            """
            insert into exchange_attachment (public_id, message_id, file_name, content_type,
                size_bytes, sha256, content, content_key, added_at, added_by)
            values (?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            messageId,
            name,
            type,
            content.length,
            sha256,
            sealed.bytes(),
            sealed.keyId(),
            Timestamp.from(at),
            by)
        .update();
  }

  private record Stored(String fileName, String contentType, String sha256, byte[] content) {}

  private Stored load(String messageId, String attachmentId) {
    requireId(attachmentId);
    Stored sealed =
        jdbc.sql(
                """
                select file_name, content_type, sha256, content, content_key
                from exchange_attachment where message_id = ?::uuid and public_id = ?::uuid
                """)
            .params(messageId, attachmentId)
            .query(
                (rs, n) -> {
                  byte[] content =
                      encryption.decrypt(
                          new NodeEncryption.Encrypted(rs.getString(5), rs.getBytes(4)),
                          attachmentId);
                  return new Stored(rs.getString(1), rs.getString(2), rs.getString(3), content);
                })
            .optional()
            .orElseThrow(() -> new CaseNotFoundException(attachmentId));
    if (!sha256(sealed.content()).equals(sealed.sha256())) {
      throw new IllegalStateException("attachment " + attachmentId + " does not match its SHA-256");
    }
    return sealed;
  }

  /** What the attachment rules need of a message. */
  private record Message(
      String direction, String status, @Nullable String draftedBy, String handlingCode) {

    boolean openTo(Actor actor) {
      return actor.has(UserRole.CONTACT_POINT) || actor.username().equals(draftedBy);
    }
  }

  private String lockDraft(String messageId, Actor actor) {
    Message message = message(messageId, true);
    if (!"OUT".equals(message.direction()) || !"DRAFT".equals(message.status())) {
      throw new InvalidInputException("file", "exchange.attachments-only-drafts");
    }
    if (!message.openTo(actor)) {
      throw new NotPermittedException("exchange.only-contact-point");
    }
    return messageId;
  }

  private Message readable(String messageId, Actor actor) {
    Message message = message(messageId, false);
    if (!message.openTo(actor)) {
      throw new NotPermittedException("exchange.only-contact-point");
    }
    return message;
  }

  private Message message(String messageId, boolean lock) {
    requireId(messageId);
    return jdbc.sql(
            "select direction, status, drafted_by, handling_code from exchange_message"
                + " where id = ?::uuid and quarantine_reason is null"
                + (lock ? " for update" : ""))
        .param(messageId)
        .query(
            (rs, n) ->
                new Message(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional()
        .orElseThrow(() -> new CaseNotFoundException(messageId));
  }

  private static void requireId(String id) {
    try {
      UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new CaseNotFoundException(id);
    }
  }

  private static @Nullable String safeName(@Nullable String fileName) {
    if (fileName == null) {
      return null;
    }
    String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
    return name.isBlank() || name.length() > 200 ? null : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
