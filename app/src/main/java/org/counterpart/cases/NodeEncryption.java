package org.counterpart.cases;

import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.system.NodeOnly;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest under the node key (AES-256-GCM, key outside the database) for other modules'
 * personal data, such as the text of messages with other contact points.
 */
@Component
@NodeOnly
public class NodeEncryption {

  private final IdentityVault vault;

  NodeEncryption(IdentityVault vault) {
    this.vault = vault;
  }

  /** Ciphertext and the id of the key that made it. */
  public record Encrypted(String keyId, byte[] bytes) {}

  /** Encrypts {@code plain}, bound to {@code id} (the record it belongs to). */
  public Encrypted encrypt(byte[] plain, String id) {
    var sealed = vault.sealBytes(plain, id);
    return new Encrypted(sealed.keyId(), sealed.bytes());
  }

  public byte[] decrypt(Encrypted encrypted, String id) {
    return vault.openBytes(new IdentityVault.Sealed(encrypted.keyId(), encrypted.bytes()), id);
  }
}
