package org.counterpart.core.demo;

import static org.counterpart.core.demo.ExploitationType.FORCED_BEGGING;
import static org.counterpart.core.demo.ExploitationType.FORCED_CRIMINALITY;
import static org.counterpart.core.demo.ExploitationType.FORCED_LABOUR;
import static org.counterpart.core.demo.ExploitationType.FORCED_MARRIAGE;
import static org.counterpart.core.demo.ExploitationType.ORGAN_REMOVAL;
import static org.counterpart.core.demo.ExploitationType.OTHER;
import static org.counterpart.core.demo.ExploitationType.SEXUAL;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of trafficking cases in the region: which exploitation goes with which origin,
 * recruitment and victims (sexual exploitation of women and girls first, then forced labour,
 * begging and forced marriage, as GRETA and national reports describe them).
 */
final class TraffickingPatterns {

  private static final WeightedChoice<ExploitationType> TYPES =
      WeightedChoice.of(SEXUAL, 45)
          .or(FORCED_LABOUR, 24)
          .or(FORCED_BEGGING, 10)
          .or(FORCED_MARRIAGE, 9)
          .or(FORCED_CRIMINALITY, 7)
          .or(OTHER, 4)
          .or(ORGAN_REMOVAL, 1);
  private static final WeightedChoice<LabourSector> SECTORS =
      WeightedChoice.of(LabourSector.AGRICULTURE, 25)
          .or(LabourSector.CONSTRUCTION, 25)
          .or(LabourSector.ACCOMMODATION_AND_FOOD, 20)
          .or(LabourSector.DOMESTIC_WORK, 10)
          .or(LabourSector.MANUFACTURING, 10)
          .or(LabourSector.TRADE_AND_CAR_WASH, 6)
          .or(LabourSector.TRANSPORT, 4);
  // Workers recruited in Asia and flown in through the Gulf end up on building sites and in plants.
  private static final WeightedChoice<LabourSector> MIGRANT_WORKER_SECTORS =
      WeightedChoice.of(LabourSector.CONSTRUCTION, 50)
          .or(LabourSector.MANUFACTURING, 25)
          .or(LabourSector.ACCOMMODATION_AND_FOOD, 15)
          .or(LabourSector.AGRICULTURE, 10);
  private static final WeightedChoice<String> MIGRANT_WORKERS =
      WeightedChoice.of("BD", 35).or("NP", 25).or("IN", 20).or("VN", 10).or("PK", 10);

  // Recruitment follows the exploitation: lover-boys and social networks for sexual exploitation,
  // job advertisements for labour, the family for begging and marriage.
  private static final WeightedChoice<String> RECRUITED_FOR_SEX =
      WeightedChoice.of("ThroughOnlineSocialNetworks", 35)
          .or("ThroughFriendsOrSocialEvents", 30)
          .or("ThroughAnOnlineAdvertisement", 15)
          .or("AtAPlaceOfBusiness", 8)
          .or("ThroughFamilyOrFamilyEvents", 7)
          .or("AtAnEducationalInstitution", 5);
  private static final WeightedChoice<String> RECRUITED_FOR_LABOUR =
      WeightedChoice.of("ThroughAnOnlineAdvertisement", 30)
          .or("ThroughFriendsOrSocialEvents", 25)
          .or("AtWork", 15)
          .or("ThroughOnlineSocialNetworks", 12)
          .or("ThroughANewspaperAdvert", 8)
          .or("ThroughFamilyOrFamilyEvents", 7)
          .or("Other", 2)
          .or("ThroughATelevisionAdvert", 1);
  private static final WeightedChoice<String> RECRUITED_BY_FAMILY =
      WeightedChoice.of("ThroughFamilyOrFamilyEvents", 75)
          .or("ThroughFriendsOrSocialEvents", 20)
          .or("Other", 5);
  private static final WeightedChoice<String> RECRUITED_FOR_CRIME =
      WeightedChoice.of("ThroughFriendsOrSocialEvents", 50)
          .or("ThroughOnlineSocialNetworks", 30)
          .or("ThroughFamilyOrFamilyEvents", 20);
  private static final WeightedChoice<String> RECRUITED_OTHERWISE =
      WeightedChoice.of("ThroughOnlineSocialNetworks", 30)
          .or("ThroughFriendsOrSocialEvents", 30)
          .or("ThroughAnOnlineAdvertisement", 20)
          .or("Other", 20);
  private static final List<PerpetratorRole> HELPERS =
      List.of(
          PerpetratorRole.EXPLOITER,
          PerpetratorRole.CONTROLLED_INDIVIDUAL,
          PerpetratorRole.HARBOURED_INDIVIDUAL,
          PerpetratorRole.RECEIVED_INDIVIDUAL,
          PerpetratorRole.BOUGHT_INDIVIDUAL,
          PerpetratorRole.SOLD_INDIVIDUAL,
          PerpetratorRole.ABUSER);

  private TraffickingPatterns() {}

  /** The forms of exploitation, the main one first. */
  static List<Exploitation> exploitation(String origin, SplitMix rnd) {
    if (origin.equals("AE")) {
      return List.of(Exploitation.forcedLabour(MIGRANT_WORKER_SECTORS.pick(rnd)));
    }
    ExploitationType main = origin.equals("UA") && rnd.percent(80) ? SEXUAL : TYPES.pick(rnd);
    List<Exploitation> forms = new ArrayList<>(2);
    forms.add(of(main, rnd));
    if (rnd.percent(12)) {
      switch (main) {
        case SEXUAL, FORCED_BEGGING -> forms.add(Exploitation.of(FORCED_CRIMINALITY));
        case FORCED_MARRIAGE -> forms.add(Exploitation.forcedLabour(LabourSector.DOMESTIC_WORK));
        default -> {}
      }
    }
    return List.copyOf(forms);
  }

  /** The HTCDS recruitment method, which follows the form of exploitation. */
  static String recruitment(ExploitationType main, SplitMix rnd) {
    WeightedChoice<String> methods =
        switch (main) {
          case SEXUAL -> RECRUITED_FOR_SEX;
          case FORCED_LABOUR -> RECRUITED_FOR_LABOUR;
          case FORCED_BEGGING, FORCED_MARRIAGE -> RECRUITED_BY_FAMILY;
          case FORCED_CRIMINALITY -> RECRUITED_FOR_CRIME;
          case ORGAN_REMOVAL, OTHER -> RECRUITED_OTHERWISE;
        };
    return methods.pick(rnd);
  }

  /** Where victims come from: the route's origin, or home when nobody crossed a border. */
  static String victimCitizenship(String origin, SplitMix rnd) {
    return switch (origin) {
      case "AE" -> MIGRANT_WORKERS.pick(rnd);
      case "TR" -> rnd.percent(70) ? "UA" : "TR";
      default -> origin;
    };
  }

  static Sex victimSex(ExploitationType main, SplitMix rnd) {
    int femalePercent =
        switch (main) {
          case SEXUAL -> 92;
          case FORCED_MARRIAGE -> 100;
          case FORCED_LABOUR -> 30;
          case FORCED_BEGGING -> 50;
          case FORCED_CRIMINALITY -> 35;
          case ORGAN_REMOVAL -> 30;
          case OTHER -> 60;
        };
    return rnd.percent(femalePercent) ? Sex.FEMALE : Sex.MALE;
  }

  /** Age at detection, 14 to 45; children dominate begging and forced marriage. */
  static int victimAge(ExploitationType main, SplitMix rnd) {
    return switch (main) {
      case SEXUAL -> rnd.percent(25) ? rnd.between(14, 17) : rnd.between(18, 35);
      case FORCED_MARRIAGE -> rnd.percent(60) ? rnd.between(14, 17) : rnd.between(18, 25);
      case FORCED_BEGGING -> rnd.percent(80) ? rnd.between(14, 17) : rnd.between(18, 45);
      case FORCED_CRIMINALITY -> rnd.percent(50) ? rnd.between(14, 17) : rnd.between(18, 30);
      case FORCED_LABOUR -> rnd.percent(5) ? rnd.between(16, 17) : rnd.between(18, 45);
      case ORGAN_REMOVAL -> rnd.between(20, 45);
      case OTHER -> rnd.between(18, 45);
    };
  }

  /** Roles of the suspects: the first recruits or exploits, the others help. */
  static PerpetratorRole suspectRole(int position, boolean crossedBorders, SplitMix rnd) {
    if (position == 0) {
      return rnd.percent(60)
          ? PerpetratorRole.RECRUITER_OR_INTERMEDIARY
          : PerpetratorRole.EXPLOITER;
    }
    if (crossedBorders && rnd.percent(40)) {
      return PerpetratorRole.TRANSPORTER;
    }
    return rnd.pick(HELPERS);
  }

  private static Exploitation of(ExploitationType type, SplitMix rnd) {
    return type == FORCED_LABOUR
        ? Exploitation.forcedLabour(SECTORS.pick(rnd))
        : Exploitation.of(type);
  }
}
