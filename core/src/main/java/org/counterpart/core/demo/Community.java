package org.counterpart.core.demo;

import java.util.List;

/** A naming community: where its names come from and how they behave. */
enum Community {
  SERBIAN(Orthography.GAJ_LATIN, SerbianNames.NAMES, "RS"),
  MONTENEGRIN(Orthography.GAJ_LATIN, MontenegrinNames.NAMES, "ME"),
  BOSNIAK(Orthography.GAJ_LATIN, BosniakNames.NAMES, "BA"),
  CROAT(Orthography.GAJ_LATIN, CroatianNames.NAMES, "BA"),
  ROMA(Orthography.GAJ_LATIN, RomaNames.NAMES, "RS"),
  MACEDONIAN(Orthography.MACEDONIAN_CYRILLIC, MacedonianNames.NAMES, "MK"),
  ALBANIAN(Orthography.ALBANIAN, AlbanianNames.NAMES, "AL"),
  AFGHAN(Orthography.FOREIGN_LATIN, SouthAsianNames.AFGHAN, "AF"),
  PAKISTANI(Orthography.FOREIGN_LATIN, SouthAsianNames.PAKISTANI, "PK"),
  BANGLADESHI(Orthography.FOREIGN_LATIN, SouthAsianNames.BANGLADESHI, "BD"),
  NEPALI(Orthography.FOREIGN_LATIN, SouthAsianNames.NEPALI, "NP"),
  INDIAN(Orthography.FOREIGN_LATIN, SouthAsianNames.INDIAN, "IN"),
  SYRIAN(Orthography.FOREIGN_LATIN, ArabicNames.SYRIAN, "SY"),
  IRAQI(Orthography.FOREIGN_LATIN, ArabicNames.IRAQI, "IQ"),
  MOROCCAN(Orthography.FOREIGN_LATIN, ArabicNames.MOROCCAN, "MA"),
  TURKISH(Orthography.FOREIGN_LATIN, TurkishNames.NAMES, "TR"),
  UKRAINIAN(Orthography.FOREIGN_LATIN, UkrainianNames.NAMES, "UA"),
  VIETNAMESE(Orthography.FOREIGN_LATIN, VietnameseNames.NAMES, "VN");

  /** The communities whose members hold a citizenship outside the region. */
  static final List<Community> FOREIGN =
      List.of(
          AFGHAN,
          PAKISTANI,
          BANGLADESHI,
          NEPALI,
          INDIAN,
          SYRIAN,
          IRAQI,
          MOROCCAN,
          TURKISH,
          UKRAINIAN,
          VIETNAMESE);

  private final Orthography orthography;
  private final NameSet names;
  private final String homeCountry;

  Community(Orthography orthography, NameSet names, String homeCountry) {
    this.orthography = orthography;
    this.names = names;
    this.homeCountry = homeCountry;
  }

  Orthography orthography() {
    return orthography;
  }

  NameSet names() {
    return names;
  }

  /** Macedonian and Ukrainian surnames take a feminine ending (-ски to -ска, -ов to -ова). */
  boolean gendersSurnames() {
    return this == MACEDONIAN || this == UKRAINIAN;
  }

  /** Vietnamese write the family name first, so foreign records often swap the two. */
  boolean writesFamilyNameFirst() {
    return this == VIETNAMESE;
  }

  /** The community of a citizen of a country outside the region. */
  static Community ofForeignCitizenship(String country) {
    for (Community community : FOREIGN) {
      if (community.homeCountry.equals(country)) {
        return community;
      }
    }
    throw new IllegalArgumentException("No foreign community for " + country);
  }

  String homeCountry() {
    return homeCountry;
  }
}
