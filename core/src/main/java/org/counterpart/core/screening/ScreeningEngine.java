package org.counterpart.core.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The decision rule of SCREENING.md, exactly: dimensions made positive by the strengths of the
 * indicators present for the person's profile, the combination for adults and for children, and the
 * other categories. Unknown age counts as a child's until assessed (presumption of minority,
 * Directive 2011/36/EU Art. 13(2)).
 */
public final class ScreeningEngine {

  private final Catalogue catalogue;

  public ScreeningEngine(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Evaluates one screening.
   *
   * @throws IllegalArgumentException naming the problem when the input does not fit the catalogue:
   *     unknown indicator ids, another catalogue version, an assessed age that is missing or an
   *     impossible age
   */
  public Decision decide(ScreeningInput input) {
    check(input);
    List<Reason> why = new ArrayList<>();
    boolean presumedMinor = input.age() == null;
    Profile profile = presumedMinor || input.age() < 18 ? Profile.CHILD : Profile.ADULT;
    if (presumedMinor) {
      why.add(
          reason(
              "profile.presumed-child",
              "Age unknown: treated as a child until assessed (presumption of minority)."));
    } else if (profile == Profile.CHILD) {
      why.add(
          reason(
              "profile.child",
              "Age " + input.age() + ": the strengths for children apply.",
              input.age().toString()));
    } else {
      why.add(
          reason(
              "profile.adult",
              "Age " + input.age() + ": the strengths for adults apply.",
              input.age().toString()));
    }

    Map<Dimension, int[]> counts = new EnumMap<>(Dimension.class);
    Map<Dimension, List<String>> counted = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      counts.put(d, new int[3]);
      counted.put(d, new ArrayList<>());
    }
    for (String id : new TreeSet<>(input.indicators())) {
      Indicator indicator = catalogue.indicator(id).orElseThrow();
      Strength strength = indicator.strength(profile, input.exploitation());
      if (strength == null) {
        why.add(
            reason(
                "indicator.not-for-profile",
                id + " is not an indicator for " + label(profile) + ": not counted.",
                id,
                profile.name()));
        continue;
      }
      counts.get(indicator.dimension())[strength.ordinal()]++;
      counted.get(indicator.dimension()).add(id);
      why.add(
          reason(
              "indicator.counted",
              id
                  + " counts as "
                  + strength.name().toLowerCase(java.util.Locale.ROOT)
                  + " in "
                  + indicator.dimension()
                  + " ("
                  + indicator.dimension().title()
                  + ").",
              id,
              indicator.dimension().name(),
              strength.code()));
    }

    Map<Dimension, Decision.DimensionResult> dimensions = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      int[] c = counts.get(d);
      String rule = rule(c[0], c[1], c[2]);
      dimensions.put(
          d, new Decision.DimensionResult(!rule.isEmpty(), c[0], c[1], c[2], counted.get(d), rule));
      if (!rule.isEmpty()) {
        why.add(
            reason(
                "dimension.positive", d + " is positive: " + ruleText(rule) + ".", d.name(), rule));
      } else if (c[0] + c[1] + c[2] > 0) {
        why.add(
            reason(
                "dimension.not-positive",
                d
                    + " is not positive: "
                    + c[0]
                    + " strong, "
                    + c[1]
                    + " medium, "
                    + c[2]
                    + " weak is below every combination of the rule.",
                d.name(),
                Integer.toString(c[0]),
                Integer.toString(c[1]),
                Integer.toString(c[2])));
      }
    }

    boolean anyPositive = dimensions.values().stream().anyMatch(Decision.DimensionResult::positive);
    boolean presumedVictim;
    if (profile == Profile.ADULT) {
      boolean recruitment = positive(dimensions, Dimension.Group.RECRUITMENT);
      boolean exploitation = positive(dimensions, Dimension.Group.EXPLOITATION);
      boolean destination = positive(dimensions, Dimension.Group.DESTINATION);
      presumedVictim = recruitment && exploitation && destination;
      if (presumedVictim) {
        why.add(
            reason(
                "combination.adult-met",
                "Adult: a recruitment dimension, EX and a destination dimension are positive."));
      } else if (anyPositive) {
        List<String> missing = new ArrayList<>();
        if (!recruitment) {
          missing.add("DR/CR/VR");
        }
        if (!exploitation) {
          missing.add("EX");
        }
        if (!destination) {
          missing.add("CD/VD");
        }
        why.add(
            reason(
                "combination.adult-not-met",
                "Adult: the combination is not met; no positive "
                    + String.join(", ", missing)
                    + ".",
                String.join(", ", missing)));
      }
    } else {
      boolean exploitation = dimensions.get(Dimension.EX).positive();
      presumedVictim = exploitation && input.actOfTrafficking();
      if (presumedVictim) {
        why.add(
            reason(
                "combination.child-met",
                "Child: EX is positive and an act of trafficking is recorded; no means are needed"
                    + " (Palermo Protocol Art. 3(c))."));
      } else if (anyPositive) {
        why.add(
            reason(
                exploitation ? "combination.child-no-act" : "combination.child-no-ex",
                exploitation
                    ? "Child: EX is positive but no act of trafficking is recorded."
                    : "Child: EX is not positive."));
      }
    }

    List<Category> categories = new ArrayList<>();
    if (presumedVictim) {
      categories.add(Category.PRESUMED_THB_VICTIM);
    } else if (anyPositive) {
      categories.add(Category.THB_INDICATORS_PRESENT);
      why.add(
          reason(
              "category.thb-indicators-present",
              "Indicators are present: the person goes to the second-stage team; the case is not"
                  + " closed at the first stage."));
    }
    if (input.irregularEntry() && input.facilitatorPaid()) {
      categories.add(Category.SMUGGLED_MIGRANT);
      why.add(
          reason(
              "category.smuggled-migrant",
              "Irregular entry or stay procured by a facilitator who was paid or promised a"
                  + " benefit."));
    }
    if (input.asksProtection()) {
      categories.add(Category.ASYLUM_SEEKER);
      why.add(
          reason(
              "category.asylum-seeker",
              "The person asks for international protection or fears return."));
    }
    if (profile == Profile.CHILD && !Boolean.TRUE.equals(input.accompanied())) {
      categories.add(Category.UNACCOMPANIED_CHILD);
      why.add(
          reason(
              input.accompanied() == null
                  ? "category.unaccompanied-child-unknown"
                  : "category.unaccompanied-child",
              input.accompanied() == null
                  ? "A child (or presumed child) with no parent or guardian known to be present:"
                      + " treated as unaccompanied until one is found."
                  : "A child (or presumed child) without a parent or legal guardian."));
    }
    if (input.irregularEntry() && categories.isEmpty()) {
      categories.add(Category.IRREGULAR_MIGRANT);
      why.add(
          reason(
              "category.irregular-migrant",
              "Irregular entry or stay, and none of the other categories applies."));
    }
    String flag = input.extremismFlagReason();
    if (flag != null && !flag.isBlank()) {
      categories.add(Category.AT_RISK_VIOLENT_EXTREMISM);
      why.add(
          reason(
              "category.at-risk-violent-extremism",
              "Flagged by the officer, with the reason: " + flag.strip(),
              flag.strip()));
    }
    if (categories.isEmpty()) {
      categories.add(Category.NO_INDICATORS);
      why.add(reason("category.no-indicators", "No category applies."));
    }
    return new Decision(
        categories, presumedVictim, profile, presumedMinor, dimensions, why, catalogue.version());
  }

  /**
   * Which of the rule's combinations the counts meet, as 2S, 1S+1MW, 3M or 2M+1W; empty when none.
   */
  static String rule(int strong, int medium, int weak) {
    if (strong >= 2) {
      return "2S";
    }
    if (strong >= 1 && medium + weak >= 1) {
      return "1S+1MW";
    }
    if (medium >= 3) {
      return "3M";
    }
    if (medium >= 2 && weak >= 1) {
      return "2M+1W";
    }
    return "";
  }

  private static String ruleText(String rule) {
    return switch (rule) {
      case "2S" -> "2 strong";
      case "1S+1MW" -> "1 strong and 1 medium or weak";
      case "3M" -> "3 medium";
      default -> "2 medium and 1 weak";
    };
  }

  private void check(ScreeningInput input) {
    if (input.catalogueVersion() != catalogue.version()) {
      throw new IllegalArgumentException(
          "catalogueVersion: the screening uses version "
              + input.catalogueVersion()
              + " but this catalogue is version "
              + catalogue.version());
    }
    if (input.ageAssessed() && input.age() == null) {
      throw new IllegalArgumentException("age: required when ageAssessed is true");
    }
    if (input.age() != null && (input.age() < 0 || input.age() > 130)) {
      throw new IllegalArgumentException("age: must be between 0 and 130, not " + input.age());
    }
    var unknown =
        new TreeSet<>(
            input.indicators().stream().filter(id -> catalogue.indicator(id).isEmpty()).toList());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "indicators: not in catalogue version "
              + catalogue.version()
              + ": "
              + String.join(", ", unknown));
    }
  }

  private static boolean positive(
      Map<Dimension, Decision.DimensionResult> dimensions, Dimension.Group group) {
    return dimensions.entrySet().stream()
        .anyMatch(e -> e.getKey().group() == group && e.getValue().positive());
  }

  private static String label(Profile profile) {
    return profile == Profile.CHILD ? "children" : "adults";
  }

  private static Reason reason(String code, String english, String... args) {
    return new Reason(code, List.of(args), english);
  }
}
