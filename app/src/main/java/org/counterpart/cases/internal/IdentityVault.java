package org.counterpart.cases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.system.CounterpartProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encrypts identities with AES-256-GCM under the node's current key, decrypts under whichever key a
 * row names, and computes the blind-index hashes that let search work without clear text.
 *
 * <p>Keys live in files outside the database ({@code <data-dir>/secrets}), readable by the owner
 * only: a copy of the database alone reveals no identity. Rotation appends a key; rows are
 * re-encrypted under it by {@link #rotate()}'s caller.
 */
@Component
public class IdentityVault {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int INDEX_HASH_BYTES = 16;

  private final Path keyFile;
  private final byte[] indexKey;
  private final JsonMapper json = JsonMapper.builder().build();
  private final SecureRandom random = new SecureRandom();

  /** Cipher and MAC objects are costly to look up and not thread-safe: one of each per thread. */
  private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(IdentityVault::newCipher);

  private final ThreadLocal<Mac> macs;
  private volatile Map<String, SecretKeySpec> keys;
  private volatile String currentKeyId;

  IdentityVault(CounterpartProperties instance) {
    Path secrets = instance.resolvedDataDir().resolve("secrets");
    this.keyFile = secrets.resolve("identity-keys");
    this.indexKey = readOrCreateIndexKey(secrets.resolve("index-key"));
    this.macs = ThreadLocal.withInitial(() -> newMac(indexKey));
    load();
  }

  /** Ciphertext of an identity: key id is stored beside it; the person's id is bound as AAD. */
  public Sealed seal(PersonIdentity identity, String personId) {
    return sealBytes(json.writeValueAsBytes(identity), personId);
  }

  public PersonIdentity open(Sealed sealed, String personId) {
    return json.readValue(openBytes(sealed, personId), PersonIdentity.class);
  }

  /** Encrypts bytes (an identity, a document) under the current key, bound to {@code id}. */
  public Sealed sealBytes(byte[] plain, String id) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = ciphers.get();
      cipher.init(
          Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return new Sealed(
          currentKeyId,
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  public byte[] openBytes(Sealed sealed, String id) {
    SecretKeySpec key = keys.get(sealed.keyId());
    if (key == null) {
      throw new IllegalStateException("key " + sealed.keyId() + " is not in the keyring");
    }
    try {
      Cipher cipher = ciphers.get();
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.bytes(), 0, NONCE_BYTES));
      cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed.bytes(), NONCE_BYTES, sealed.bytes().length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ciphertext failed its integrity check", e);
    }
  }

  /** Encrypted identity and the id of the key that sealed it. */
  public record Sealed(String keyId, byte[] bytes) {}

  public String currentKeyId() {
    return currentKeyId;
  }

  /** Keyed hash of a normalised search term; equal terms give equal hashes. */
  public byte[] indexHash(char field, String normalised) {
    Mac mac = macs.get();
    mac.update((byte) field);
    byte[] full = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    return java.util.Arrays.copyOf(full, INDEX_HASH_BYTES);
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  private static Mac newMac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  /** Adds a new current key; returns its id. Existing rows stay readable under their old key. */
  public synchronized String rotate() {
    String id = "k" + (keys.size() + 1);
    byte[] key = new byte[32];
    random.nextBytes(key);
    try {
      Files.writeString(
          keyFile,
          id + " " + Base64.getEncoder().encodeToString(key) + "\n",
          StandardCharsets.US_ASCII,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the identity keyring " + keyFile, e);
    }
    load();
    return id;
  }

  private synchronized void load() {
    try {
      if (!Files.exists(keyFile)) {
        Files.createDirectories(keyFile.getParent());
        ownerOnly(keyFile);
        byte[] key = new byte[32];
        random.nextBytes(key);
        Files.writeString(
            keyFile,
            "k1 " + Base64.getEncoder().encodeToString(key) + "\n",
            StandardCharsets.US_ASCII);
      }
      Map<String, SecretKeySpec> loaded = new LinkedHashMap<>();
      List<String> order = new ArrayList<>();
      for (String line : Files.readAllLines(keyFile, StandardCharsets.US_ASCII)) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.trim().split(" ");
        loaded.put(parts[0], new SecretKeySpec(Base64.getDecoder().decode(parts[1]), "AES"));
        order.add(parts[0]);
      }
      this.keys = Map.copyOf(loaded);
      this.currentKeyId = order.getLast();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the identity keyring " + keyFile, e);
    }
  }

  private static byte[] readOrCreateIndexKey(Path file) {
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
      }
      Files.createDirectories(file.getParent());
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      ownerOnly(file);
      Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index key " + file, e);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
  }
}
