package org.counterpart.core.pprl;

import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Identifiers (phones, documents) are normalised before they are encoded, so the same identifier
 * has the same encoding: they are found by identical encoding, in constant time. Their encodings
 * are too sparse for {@link Lsh} keys (a handful of bits set), and a near-identical one is another
 * number anyway.
 */
public final class ExactIndex implements EncodingIndex {

  private final Map<LongBuffer, Set<Integer>> slots = new HashMap<>();
  private final List<long[]> bits = new ArrayList<>();
  private int removed;

  @Override
  public synchronized int add(long[] encoding) {
    long[] copy = encoding.clone();
    int slot = bits.size();
    bits.add(copy);
    slots.computeIfAbsent(LongBuffer.wrap(copy), k -> new LinkedHashSet<>()).add(slot);
    return slot;
  }

  @Override
  public synchronized void remove(int slot) {
    if (slot < 0 || slot >= bits.size() || bits.get(slot) == null) {
      return;
    }
    var key = LongBuffer.wrap(bits.get(slot));
    var same = slots.get(key);
    if (same != null) {
      same.remove(slot);
      if (same.isEmpty()) {
        slots.remove(key);
      }
    }
    bits.set(slot, null);
    removed++;
  }

  @Override
  public synchronized int size() {
    return bits.size() - removed;
  }

  /** Identical encodings score 1; nothing else is a hit, whatever {@code minScore} says. */
  @Override
  public synchronized List<Hit> query(long[] encoding, double minScore, IntPredicate accept) {
    if (Linkage.count(encoding) == 0) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (int slot : slots.getOrDefault(LongBuffer.wrap(encoding), Set.of())) {
      if (accept.test(slot)) {
        hits.add(new Hit(slot, 1.0));
      }
    }
    return hits;
  }

  @Override
  public void rebuild() {}
}
