package org.counterpart.exchange;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is sealed: the message itself, with its id, sender and recipient inside the seal so that the
 * hub cannot re-address or re-number it.
 */
record Payload(
    String id,
    String sender,
    String recipient,
    MessageType type,
    String priority,
    @Nullable Instant deadline,
    String handlingCode,
    @Nullable String handlingText,
    String sourceCode,
    String informationCode,
    String subject,
    String body,
    @Nullable String inReplyTo,
    Instant sentAt,
    @Nullable List<Subject> subjects,
    @Nullable List<File> attachments) {

  /** A file sealed with the message, with the SHA-256 its sender computed. */
  record File(String fileName, String contentType, String sha256, byte[] content) {}
}
