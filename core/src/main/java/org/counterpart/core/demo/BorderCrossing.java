package org.counterpart.core.demo;

import java.util.List;

/**
 * A real crossing point (road, rail, port, airport or a stretch of green border) with its name on
 * each side and the means of transport seen there.
 */
record BorderCrossing(
    String countryA, String nameA, String countryB, String nameB, List<String> transports) {

  BorderCrossing {
    transports = List.copyOf(transports);
  }

  boolean joins(String from, String to) {
    return (countryA.equals(from) && countryB.equals(to))
        || (countryA.equals(to) && countryB.equals(from));
  }

  /** The name the recording node uses: its own side's, else the side the travellers entered. */
  String nameFor(String node, String to) {
    if (countryA.equals(node)) {
      return nameA;
    }
    if (countryB.equals(node)) {
      return nameB;
    }
    return countryA.equals(to) ? nameA : nameB;
  }
}
