package org.counterpart.cases;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of a case: only PDF, JPEG, PNG or plain text, recognised by their content and not by
 * the name they came with; limited in size; encrypted; checked against their SHA-256 on every read;
 * open to the case team only, each download audited.
 */
@Service
@NodeOnly
public class CaseAttachments {

  private final JdbcClient jdbc;
  private final IdentityVault vault;
  private final AuditTrail audit;
  private final Clock clock;
  private final int maxBytes;

  CaseAttachments(
      JdbcClient jdbc,
      IdentityVault vault,
      AuditTrail audit,
      Clock clock,
      @Value("${counterpart.cases.max-attachment-bytes:10485760}") int maxBytes) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.audit = audit;
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  /** An attachment as listed on the case. */
  public record Attachment(
      String id,
      String fileName,
      String contentType,
      int sizeBytes,
      String sha256,
      Instant uploadedAt,
      String uploadedBy) {}

  /** A downloaded document, verified. */
  public record Document(Attachment attachment, byte[] content) {}

  @Transactional
  public Attachment attach(String reference, String fileName, byte[] content, Actor actor) {
    long caseId = teamCase(reference, actor);
    if (content.length == 0) {
      throw new InvalidInputException("file", "attachment.empty");
    }
    if (content.length > maxBytes) {
      throw new InvalidInputException("file", "attachment.too-large");
    }
    String type = contentType(content);
    if (type == null) {
      throw new InvalidInputException("file", "attachment.wrong-type");
    }
    String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
    if (name.isBlank() || name.length() > 200) {
      throw new InvalidInputException("file", "attachment.bad-name");
    }
    UUID id = UUID.randomUUID();
    String sha256 = sha256(content);
    var sealed = vault.sealBytes(content, id.toString());
    Instant now = clock.instant();
    jdbc.sql(
            """
            insert into case_attachment (public_id, case_id, file_name, content_type, size_bytes,
                sha256, content, content_key, uploaded_at, uploaded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            caseId,
            name,
            type,
            content.length,
            sha256,
            sealed.bytes(),
            sealed.keyId(),
            Timestamp.from(now),
            actor.username())
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "case.attachment.added", "case", reference)
            .details("attachment=" + id + " sha256=" + sha256));
    return new Attachment(id.toString(), name, type, content.length, sha256, now, actor.username());
  }

  public List<Attachment> list(String reference) {
    return jdbc.sql(
            """
            select a.public_id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.uploaded_at,
                   a.uploaded_by
            from case_attachment a join case_file c on c.id = a.case_id
            where c.reference = ? and a.voided_at is null order by a.uploaded_at
            """)
        .param(reference)
        .query(
            (rs, n) ->
                new Attachment(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getString(7)))
        .list();
  }

  @Transactional
  public Document download(String reference, String attachmentId, Actor actor) {
    teamCase(reference, actor);
    record Row(Attachment attachment, byte[] content, String key) {}
    Row row =
        jdbc.sql(
                """
                select a.public_id, a.file_name, a.content_type, a.size_bytes, a.sha256,
                       a.uploaded_at, a.uploaded_by, a.content, a.content_key
                from case_attachment a join case_file c on c.id = a.case_id
                where c.reference = ? and a.public_id = ?::uuid and a.voided_at is null
                """)
            .params(reference, attachmentId)
            .query(
                (rs, n) ->
                    new Row(
                        new Attachment(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getString(5),
                            rs.getTimestamp(6).toInstant(),
                            rs.getString(7)),
                        rs.getBytes(8),
                        rs.getString(9)))
            .optional()
            .orElseThrow(() -> new CaseNotFoundException(attachmentId));
    byte[] content =
        vault.openBytes(new IdentityVault.Sealed(row.key(), row.content()), attachmentId);
    if (!sha256(content).equals(row.attachment().sha256())) {
      throw new IllegalStateException(
          "attachment " + attachmentId + " does not match its checksum");
    }
    audit.record(
        AuditEvent.of(actor.username(), "case.attachment.downloaded", "case", reference)
            .details("attachment=" + attachmentId));
    return new Document(row.attachment(), content);
  }

  private long teamCase(String reference, Actor actor) {
    return jdbc.sql(
            """
            select c.id from case_file c
            where c.reference = ? and c.voided_at is null
              and exists (select 1 from case_team_member t where t.case_id = c.id and t.username = ?)
            """)
        .params(reference, actor.username())
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new NotPermittedException("cases.not-on-team"));
  }

  /** The type by the first bytes; null when it is none of the accepted ones. */
  public static @org.jspecify.annotations.Nullable String contentType(byte[] content) {
    if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return "application/pdf";
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    for (byte b : content) {
      if (b == 0) {
        return null;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
      return "text/plain";
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
