package org.counterpart.core.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Longest-match letter substitutions written in lower case; an initial capital carries over, so
 * "Lj" becomes "Љ" and "Ђ" becomes "Dj". Hand-written because ICU's general transliterators lose
 * lj, nj and dž and know nothing of the region's spellings (ѓ as gj, ć as q).
 */
final class RuleTable {

  // Names of the region use Latin, Latin Extended and Cyrillic: an array indexed by the first
  // letter is far faster than a map for the million persons a benchmark asks for.
  private static final int INDEXED = 0x500;

  private final Map<String, String> rules;
  private final Rule[][] byFirstLetter = new Rule[INDEXED][];

  private record Rule(String from, String to) {}

  private RuleTable(Map<String, String> rules) {
    this.rules = rules;
    List<List<Rule>> buckets = new ArrayList<>(INDEXED);
    for (int i = 0; i < INDEXED; i++) {
      buckets.add(new ArrayList<>());
    }
    rules.forEach((from, to) -> buckets.get(from.charAt(0)).add(new Rule(from, to)));
    for (int i = 0; i < INDEXED; i++) {
      List<Rule> bucket = buckets.get(i);
      bucket.sort(Comparator.comparingInt((Rule rule) -> rule.from().length()).reversed());
      byFirstLetter[i] = bucket.toArray(Rule[]::new);
    }
  }

  /** A table from pairs written as from, to, from, to ... */
  static RuleTable of(String... pairs) {
    return new RuleTable(toMap(new LinkedHashMap<>(), pairs));
  }

  /** This table with some rules added or replaced. */
  RuleTable with(String... pairs) {
    return new RuleTable(toMap(new LinkedHashMap<>(rules), pairs));
  }

  /** The inverse table, for alphabets that map one to one. */
  RuleTable inverse() {
    Map<String, String> inverse = new LinkedHashMap<>();
    rules.forEach((from, to) -> inverse.putIfAbsent(to, from));
    return new RuleTable(inverse);
  }

  String apply(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char lower = Character.toLowerCase(c);
      Rule match = lower < INDEXED ? longestMatch(text, i, lower) : null;
      if (match == null) {
        out.append(c);
        i++;
        continue;
      }
      appendWithCase(out, match.to(), Character.isUpperCase(c));
      i += match.from().length();
    }
    return out.toString();
  }

  private @Nullable Rule longestMatch(String text, int at, char lower) {
    for (Rule rule : byFirstLetter[lower]) {
      if (text.regionMatches(true, at, rule.from(), 0, rule.from().length())) {
        return rule;
      }
    }
    return null;
  }

  private static void appendWithCase(StringBuilder out, String to, boolean capital) {
    if (!capital || to.isEmpty()) {
      out.append(to);
      return;
    }
    out.append(to.substring(0, 1).toUpperCase(Locale.ROOT)).append(to, 1, to.length());
  }

  private static Map<String, String> toMap(Map<String, String> into, String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("Rules come in pairs: " + Arrays.toString(pairs));
    }
    for (int i = 0; i < pairs.length; i += 2) {
      into.put(pairs[i], pairs[i + 1]);
    }
    return into;
  }
}
