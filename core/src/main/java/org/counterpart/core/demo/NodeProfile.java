package org.counterpart.core.demo;

import java.util.List;

/**
 * What a node country's caseload looks like: which communities its citizens belong to, who its
 * neighbours are, how much of its work is smuggling, and how its registers spell names.
 */
record NodeProfile(
    String country,
    WeightedChoice<Community> nationals,
    List<String> neighbours,
    int smugglingPercent) {

  static final List<NodeProfile> ALL =
      List.of(
          new NodeProfile(
              "AL",
              WeightedChoice.of(Community.ALBANIAN, 93)
                  .or(Community.ROMA, 5)
                  .or(Community.MACEDONIAN, 2),
              List.of("XK", "ME", "MK"),
              35),
          new NodeProfile(
              "BA",
              WeightedChoice.of(Community.BOSNIAK, 50)
                  .or(Community.SERBIAN, 30)
                  .or(Community.CROAT, 15)
                  .or(Community.ROMA, 5),
              List.of("RS", "ME"),
              60),
          new NodeProfile(
              "ME",
              WeightedChoice.of(Community.MONTENEGRIN, 45)
                  .or(Community.SERBIAN, 28)
                  .or(Community.BOSNIAK, 14)
                  .or(Community.ALBANIAN, 6)
                  .or(Community.ROMA, 5)
                  .or(Community.CROAT, 2),
              List.of("AL", "BA", "RS", "XK"),
              45),
          new NodeProfile(
              "MK",
              WeightedChoice.of(Community.MACEDONIAN, 66)
                  .or(Community.ALBANIAN, 26)
                  .or(Community.ROMA, 5)
                  .or(Community.SERBIAN, 2)
                  .or(Community.BOSNIAK, 1),
              List.of("AL", "RS", "XK"),
              60),
          new NodeProfile(
              "RS",
              WeightedChoice.of(Community.SERBIAN, 82)
                  .or(Community.ROMA, 7)
                  .or(Community.BOSNIAK, 5)
                  .or(Community.ALBANIAN, 3)
                  .or(Community.MONTENEGRIN, 2)
                  .or(Community.CROAT, 1),
              List.of("BA", "ME", "MK", "XK"),
              55),
          new NodeProfile(
              "XK",
              WeightedChoice.of(Community.ALBANIAN, 88)
                  .or(Community.SERBIAN, 6)
                  .or(Community.ROMA, 4)
                  .or(Community.BOSNIAK, 2),
              List.of("AL", "MK", "ME", "RS"),
              25));

  static NodeProfile of(String country) {
    for (NodeProfile profile : ALL) {
      if (profile.country.equals(country)) {
        return profile;
      }
    }
    throw new IllegalArgumentException(
        "Not a node country: " + country + " (expected one of " + Citizenship.REGION + ")");
  }

  /** How this country's register writes a name of its own cases. */
  Spelling nativeSpelling(Orthography source, SplitMix rnd) {
    SpellingMix mix =
        switch (country) {
          case "RS" -> SpellingMix.SERBIA;
          case "MK" -> SpellingMix.NORTH_MACEDONIA;
          case "AL" -> SpellingMix.ALBANIA;
          case "XK" -> SpellingMix.KOSOVO;
          default -> SpellingMix.BOSNIA_MONTENEGRO;
        };
    return mix.get(source).pick(rnd);
  }

  /**
   * How this country writes a person first registered elsewhere: from a foreign document or a
   * partner's message, which is why Bosnia and Montenegro mostly end up with ASCII.
   */
  Spelling crossBorderSpelling(Orthography source, SplitMix rnd) {
    SpellingMix mix =
        switch (country) {
          case "RS" -> SpellingMix.SERBIA_CROSS_BORDER;
          case "MK" -> SpellingMix.NORTH_MACEDONIA_CROSS_BORDER;
          case "AL", "XK" -> SpellingMix.ALBANIAN_SPEAKING_CROSS_BORDER;
          default -> SpellingMix.BOSNIA_MONTENEGRO_CROSS_BORDER;
        };
    return mix.get(source).pick(rnd);
  }
}
