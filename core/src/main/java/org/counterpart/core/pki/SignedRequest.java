package org.counterpart.core.pki;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs and checks node-to-hub requests: method, path, timestamp, nonce and a digest of the body,
 * signed with the sender's certificate key.
 *
 * <p>TLS already authenticates the channel; the signature binds each request to its sender beyond
 * the connection and, with the timestamp and a nonce the hub remembers, makes a replay detectable.
 */
public final class SignedRequest {

  public static final String PARTY_HEADER = "Counterpart-Party";
  public static final String TIMESTAMP_HEADER = "Counterpart-Timestamp";
  public static final String NONCE_HEADER = "Counterpart-Nonce";
  public static final String SIGNATURE_HEADER = "Counterpart-Signature";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALGORITHM = "SHA256withECDSA";

  private SignedRequest() {}

  /** The headers a signed request carries. */
  public record Headers(String party, String timestamp, String nonce, String signature) {}

  public static Headers sign(
      Party sender, PrivateKey key, String method, String path, byte[] body, Instant now) {
    byte[] nonceBytes = new byte[16];
    RANDOM.nextBytes(nonceBytes);
    String nonce = HexFormat.of().formatHex(nonceBytes);
    String timestamp = Long.toString(now.getEpochSecond());
    try {
      Signature signature = Signature.getInstance(ALGORITHM, BcKeys.PROVIDER);
      signature.initSign(BcKeys.of(key));
      signature.update(canonical(sender.uri(), method, path, timestamp, nonce, body));
      return new Headers(
          sender.uri(), timestamp, nonce, Base64.getEncoder().encodeToString(signature.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the request", e);
    }
  }

  public static boolean verify(
      PublicKey key, Headers headers, String method, String path, byte[] body) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM, BcKeys.PROVIDER);
      signature.initVerify(BcKeys.of(key));
      signature.update(
          canonical(headers.party(), method, path, headers.timestamp(), headers.nonce(), body));
      return signature.verify(Base64.getDecoder().decode(headers.signature()));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] canonical(
      String party, String method, String path, String timestamp, String nonce, byte[] body)
      throws GeneralSecurityException {
    String bodyDigest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    return String.join("\n", party, method, path, timestamp, nonce, bodyDigest)
        .getBytes(StandardCharsets.UTF_8);
  }
}
