package org.counterpart.core.pprl;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * A searchable set of encodings: each added encoding gets a slot, a query returns the slots that
 * reach a score, best first. {@link LshIndex} for persons, {@link ExactIndex} for identifiers.
 */
public sealed interface EncodingIndex permits LshIndex, ExactIndex {

  /** A slot that reached the query's score. */
  record Hit(int slot, double score) {}

  int add(long[] bits);

  void remove(int slot);

  int size();

  List<Hit> query(long[] bits, double minScore, IntPredicate accept);

  /** Makes additions searchable at full speed (a no-op where they always are). */
  void rebuild();
}
