package org.counterpart.core.demo;

/**
 * The shape of smuggling cases on the Balkan route: who travels, in what groups, and who moves them
 * (nationalities in the proportions Frontex and the region's police report).
 */
final class SmugglingPatterns {

  private static final WeightedChoice<String> MIGRANTS =
      WeightedChoice.of("AF", 24)
          .or("SY", 18)
          .or("PK", 14)
          .or("MA", 10)
          .or("BD", 8)
          .or("IQ", 8)
          .or("IN", 6)
          .or("TR", 5)
          .or("NP", 3)
          .or("VN", 1);
  private static final WeightedChoice<Integer> GROUP_SIZES =
      WeightedChoice.of(1, 25).or(2, 25).or(3, 20).or(4, 15).or(5, 10).or(6, 5);
  private static final WeightedChoice<String> CONTACT =
      WeightedChoice.of("ThroughOnlineSocialNetworks", 45)
          .or("ThroughFriendsOrSocialEvents", 30)
          .or("ThroughFamilyOrFamilyEvents", 15)
          .or("Other", 10);

  private SmugglingPatterns() {}

  static String groupNationality(SplitMix rnd) {
    return MIGRANTS.pick(rnd);
  }

  /** Most travel with compatriots; some groups are mixed. */
  static String migrantNationality(String group, SplitMix rnd) {
    return rnd.percent(80) ? group : MIGRANTS.pick(rnd);
  }

  static int groupSize(SplitMix rnd) {
    return GROUP_SIZES.pick(rnd);
  }

  /** How the migrants found the smuggler, as an HTCDS recruitment value. */
  static String contact(SplitMix rnd) {
    return CONTACT.pick(rnd);
  }

  /** Age at detection: mostly young men, some unaccompanied minors. */
  static int migrantAge(SplitMix rnd) {
    return rnd.percent(10) ? rnd.between(15, 17) : rnd.between(18, 45);
  }

  /** Smugglers are locals, neighbours, or compatriots of the migrants who settled on the route. */
  static String smugglerCitizenship(NodeProfile node, String group, SplitMix rnd) {
    int ticket = rnd.nextInt(100);
    if (ticket < 55) {
      return node.country();
    }
    return ticket < 70 ? rnd.pick(node.neighbours()) : group;
  }

  static PerpetratorRole smugglerRole(int position, SplitMix rnd) {
    if (position == 0) {
      return PerpetratorRole.SMUGGLER;
    }
    return rnd.percent(60) ? PerpetratorRole.TRANSPORTER : PerpetratorRole.BROKER_TRAVEL_AGENT;
  }
}
