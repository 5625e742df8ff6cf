package org.counterpart.core.demo;

import static org.counterpart.core.demo.Spelling.ALBANIAN;
import static org.counterpart.core.demo.Spelling.ASCII;
import static org.counterpart.core.demo.Spelling.GAJ_LATIN;
import static org.counterpart.core.demo.Spelling.MACEDONIAN_CYRILLIC;
import static org.counterpart.core.demo.Spelling.MACEDONIAN_LATIN;
import static org.counterpart.core.demo.Spelling.SERBIAN_CYRILLIC;

/** How often each register spells a name of each source orthography in each way. */
record SpellingMix(
    WeightedChoice<Spelling> gaj,
    WeightedChoice<Spelling> macedonian,
    WeightedChoice<Spelling> albanian,
    WeightedChoice<Spelling> foreign) {

  // Foreign names stay in passport Latin; the only question is whether diacritics survive.
  private static final WeightedChoice<Spelling> FOREIGN =
      WeightedChoice.of(GAJ_LATIN, 60).or(ASCII, 40);

  static final SpellingMix SERBIA =
      new SpellingMix(
          WeightedChoice.of(SERBIAN_CYRILLIC, 50).or(GAJ_LATIN, 45).or(ASCII, 5),
          WeightedChoice.of(SERBIAN_CYRILLIC, 40).or(GAJ_LATIN, 40).or(MACEDONIAN_LATIN, 20),
          WeightedChoice.of(ALBANIAN, 40).or(GAJ_LATIN, 30).or(SERBIAN_CYRILLIC, 30),
          FOREIGN);
  static final SpellingMix NORTH_MACEDONIA =
      new SpellingMix(
          WeightedChoice.of(MACEDONIAN_CYRILLIC, 80).or(GAJ_LATIN, 20),
          WeightedChoice.of(MACEDONIAN_CYRILLIC, 90).or(MACEDONIAN_LATIN, 7).or(ASCII, 3),
          WeightedChoice.of(ALBANIAN, 55).or(MACEDONIAN_CYRILLIC, 45),
          FOREIGN);
  static final SpellingMix ALBANIA =
      new SpellingMix(
          WeightedChoice.of(ALBANIAN, 100),
          WeightedChoice.of(ALBANIAN, 93).or(ASCII, 7),
          WeightedChoice.of(ALBANIAN, 93).or(ASCII, 7),
          FOREIGN);
  // Kosovo's registers are bilingual: Serbs' names also appear in Serbian Cyrillic and Latin.
  static final SpellingMix KOSOVO =
      new SpellingMix(
          WeightedChoice.of(ALBANIAN, 55).or(SERBIAN_CYRILLIC, 25).or(GAJ_LATIN, 20),
          WeightedChoice.of(ALBANIAN, 93).or(ASCII, 7),
          WeightedChoice.of(ALBANIAN, 93).or(ASCII, 7),
          FOREIGN);
  static final SpellingMix BOSNIA_MONTENEGRO =
      new SpellingMix(
          WeightedChoice.of(GAJ_LATIN, 80).or(SERBIAN_CYRILLIC, 12).or(ASCII, 8),
          WeightedChoice.of(GAJ_LATIN, 50).or(ASCII, 50),
          WeightedChoice.of(ALBANIAN, 45).or(GAJ_LATIN, 55),
          FOREIGN);

  static final SpellingMix SERBIA_CROSS_BORDER =
      new SpellingMix(
          WeightedChoice.of(SERBIAN_CYRILLIC, 50).or(GAJ_LATIN, 50),
          WeightedChoice.of(SERBIAN_CYRILLIC, 50).or(GAJ_LATIN, 50),
          WeightedChoice.of(SERBIAN_CYRILLIC, 50).or(GAJ_LATIN, 50),
          FOREIGN);
  static final SpellingMix NORTH_MACEDONIA_CROSS_BORDER =
      new SpellingMix(
          WeightedChoice.of(MACEDONIAN_CYRILLIC, 100),
          WeightedChoice.of(MACEDONIAN_CYRILLIC, 100),
          WeightedChoice.of(MACEDONIAN_CYRILLIC, 70).or(ALBANIAN, 30),
          FOREIGN);
  static final SpellingMix ALBANIAN_SPEAKING_CROSS_BORDER =
      new SpellingMix(
          WeightedChoice.of(ALBANIAN, 100),
          WeightedChoice.of(ALBANIAN, 100),
          WeightedChoice.of(ALBANIAN, 75).or(ASCII, 25),
          FOREIGN);
  static final SpellingMix BOSNIA_MONTENEGRO_CROSS_BORDER =
      new SpellingMix(
          WeightedChoice.of(ASCII, 75).or(GAJ_LATIN, 25),
          WeightedChoice.of(ASCII, 75).or(GAJ_LATIN, 25),
          WeightedChoice.of(ASCII, 75).or(GAJ_LATIN, 25),
          WeightedChoice.of(ASCII, 100));

  WeightedChoice<Spelling> get(Orthography source) {
    return switch (source) {
      case GAJ_LATIN -> gaj;
      case MACEDONIAN_CYRILLIC -> macedonian;
      case ALBANIAN -> albanian;
      case FOREIGN_LATIN -> foreign;
    };
  }
}
