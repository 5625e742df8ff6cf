package org.counterpart.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Given names by sex and surnames of one community, in its source orthography. */
record NameSet(List<String> male, List<String> female, List<String> surnames) {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  NameSet {
    male = List.copyOf(male);
    female = List.copyOf(female);
    surnames = List.copyOf(surnames);
  }

  /**
   * Names written as comma-separated text, so that long lists stay readable; a line break inside a
   * name (Fatima Zahra) counts as a space.
   */
  static NameSet of(String male, String female, String surnames) {
    return new NameSet(split(male), split(female), split(surnames));
  }

  List<String> given(Sex sex) {
    return sex == Sex.MALE ? male : female;
  }

  private static List<String> split(String names) {
    List<String> list = new ArrayList<>();
    for (String name : names.split(",")) {
      String clean = WHITESPACE.matcher(name.strip()).replaceAll(" ");
      if (!clean.isEmpty()) {
        list.add(clean);
      }
    }
    return list;
  }
}
