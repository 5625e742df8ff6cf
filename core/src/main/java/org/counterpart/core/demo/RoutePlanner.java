package org.counterpart.core.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws plausible routes through one node country from the region's known routes. */
final class RoutePlanner {

  /** A known route as the sequence of countries it crosses, with how common it is. */
  record Template(int weight, List<String> countries) {}

  // The Balkan route and its branches, as Frontex and WB-RAN describe them.
  private static final List<Template> SMUGGLING =
      List.of(
          route(10, "TR", "GR", "MK", "RS", "HU"),
          route(5, "TR", "GR", "MK", "RS", "HR"),
          route(8, "GR", "MK", "RS", "HU"),
          route(6, "GR", "MK", "RS", "BA", "HR"),
          route(2, "GR", "MK", "XK", "ME", "BA", "HR"),
          route(8, "GR", "AL", "ME", "BA", "HR"),
          route(3, "GR", "AL", "XK", "RS", "HU"),
          route(6, "TR", "BG", "RS", "HU"),
          route(3, "TR", "BG", "RS", "RO"),
          route(4, "TR", "RS", "HU"),
          route(3, "TR", "BA", "HR"),
          route(2, "XK", "RS", "HU"),
          route(3, "AL", "IT"),
          route(3, "AL", "ME", "BA", "HR"),
          route(5, "RS", "BA", "HR"),
          route(3, "ME", "BA", "HR"),
          route(3, "BA", "HR", "SI", "IT"));

  // From the country of recruitment to the country of exploitation.
  private static final List<Template> TRAFFICKING =
      List.of(
          route(5, "AL", "XK"),
          route(2, "XK", "AL"),
          route(4, "AL", "GR"),
          route(3, "AL", "IT"),
          route(2, "AL", "ME"),
          route(1, "AL", "MK"),
          route(4, "MK", "GR"),
          route(2, "MK", "XK"),
          route(2, "XK", "MK"),
          route(4, "RS", "ME"),
          route(1, "ME", "RS"),
          route(2, "RS", "BA"),
          route(2, "BA", "RS"),
          route(2, "BA", "ME"),
          route(2, "ME", "HR"),
          route(3, "BA", "HR"),
          route(3, "RS", "HU", "AT"),
          route(2, "RS", "HR", "SI"),
          route(1, "MK", "RS", "HU", "AT"),
          route(1, "XK", "RS"),
          route(1, "RS", "XK"),
          route(3, "UA", "HU", "RS"),
          route(1, "UA", "HU", "RS", "BA"),
          route(2, "TR", "ME"),
          route(1, "TR", "AL"),
          route(4, "AE", "RS"),
          route(2, "AE", "BA"),
          route(2, "AE", "ME"),
          route(1, "AE", "MK"),
          route(1, "BA", "HR", "SI", "IT"));

  private final String node;
  private final WeightedChoice<Template> smuggling;
  private final WeightedChoice<Template> trafficking;
  // Only ever looked up by key, never iterated, so HashMap order cannot leak into the output.
  private final Map<String, List<BorderCrossing>> crossings = new HashMap<>();

  RoutePlanner(String node) {
    this.node = node;
    this.smuggling = through(node, SMUGGLING);
    this.trafficking = through(node, TRAFFICKING);
    for (Template template : SMUGGLING) {
      addCrossings(template);
    }
    for (Template template : TRAFFICKING) {
      addCrossings(template);
    }
  }

  /** A smuggling route as far as this node saw it: up to its border, or up to the exit attempt. */
  List<RouteLeg> smugglingRoute(SplitMix rnd) {
    List<String> countries = smuggling.pick(rnd).countries();
    int at = countries.indexOf(node);
    boolean caughtLeaving = at == 0 || (at < countries.size() - 1 && rnd.percent(50));
    int last = caughtLeaving ? at + 1 : at;
    return legs(countries.subList(0, last + 1), rnd);
  }

  /** A trafficking route from recruitment to exploitation, or none when it all happened here. */
  List<RouteLeg> traffickingRoute(SplitMix rnd, int domesticPercent) {
    if (trafficking.isEmpty() || rnd.percent(domesticPercent)) {
      return List.of();
    }
    return legs(trafficking.pick(rnd).countries(), rnd);
  }

  private List<RouteLeg> legs(List<String> countries, SplitMix rnd) {
    List<RouteLeg> legs = new ArrayList<>(countries.size() - 1);
    for (int i = 0; i + 1 < countries.size(); i++) {
      String from = countries.get(i);
      String to = countries.get(i + 1);
      BorderCrossing crossing = rnd.pick(crossings.get(key(from, to)));
      legs.add(new RouteLeg(from, to, crossing.nameFor(node, to), rnd.pick(crossing.transports())));
    }
    return legs;
  }

  private void addCrossings(Template template) {
    List<String> countries = template.countries();
    for (int i = 0; i + 1 < countries.size(); i++) {
      String from = countries.get(i);
      String to = countries.get(i + 1);
      crossings.computeIfAbsent(key(from, to), k -> BorderCrossings.between(from, to));
    }
  }

  private static String key(String from, String to) {
    return from + ">" + to;
  }

  private static WeightedChoice<Template> through(String node, List<Template> templates) {
    WeightedChoice<Template> found = WeightedChoice.none();
    for (Template template : templates) {
      if (template.countries().contains(node)) {
        found = found.or(template, template.weight());
      }
    }
    return found;
  }

  private static Template route(int weight, String... countries) {
    return new Template(weight, List.of(countries));
  }
}
