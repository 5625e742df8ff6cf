package org.counterpart.core.pki;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Keys converted once to Bouncy Castle's own objects. Bouncy Castle keeps the precomputed multiples
 * of a key's curve point on that object, so a signature made or checked with the same object again
 * costs a third of one made with a freshly converted key (what happens when a JDK key is handed to
 * Bouncy Castle every time). The few keys of a region fit; the cache is bounded all the same.
 */
public final class BcKeys {

  /** The provider every signature and key agreement of Counterpart uses. */
  public static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

  private static final int MAX_KEYS = 1024;
  private static final Map<Key, Key> CONVERTED = new ConcurrentHashMap<>();

  private BcKeys() {}

  /** The same key as Bouncy Castle's object. */
  @SuppressWarnings("unchecked")
  public static <K extends Key> K of(K key) throws GeneralSecurityException {
    Key known = CONVERTED.get(key);
    if (known == null) {
      known = KeyFactory.getInstance(key.getAlgorithm(), PROVIDER).translateKey(key);
      if (CONVERTED.size() >= MAX_KEYS) {
        CONVERTED.clear();
      }
      CONVERTED.put(key, known);
    }
    return (K) known;
  }
}
