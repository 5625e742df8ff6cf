package org.counterpart.analysis.publication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.counterpart.cases.CaseKind;
import org.counterpart.cases.CasesForAnalysis.AnalysedCase;
import org.counterpart.cases.CasesForAnalysis.Leg;
import org.counterpart.cases.CasesForAnalysis.Subject;
import org.counterpart.core.analysis.JointRecord;
import org.counterpart.core.analysis.JointVocabulary;
import org.jspecify.annotations.Nullable;

/**
 * Turns a victim or smuggled migrant of a case into a joint record: bands instead of ages, year and
 * quarter instead of dates, and only values of {@link JointVocabulary} (free text that names none
 * becomes {@code Other}), so that nothing written in a free field can leave. The registry holds no
 * sex-exploitation type, recruiter relation or abduction flag: those stay empty.
 */
final class Deidentifier {

  private Deidentifier() {}

  static JointRecord record(
      String country, String sourceRef, int version, AnalysedCase c, Subject s) {
    List<Leg> legs = c.route();
    return new JointRecord(
        country,
        sourceRef,
        version,
        c.kind() == CaseKind.TRAFFICKING ? "THB" : "SMUGGLING",
        c.year(),
        c.quarter(),
        null,
        gender(s.gender()),
        s.ageAtDetection() == null ? null : JointRecord.ageBand(s.ageAtDetection()),
        s.ageAtDetection() == null ? null : s.ageAtDetection() < 18 ? "Minor" : "Adult",
        country(s.citizenship()),
        legs.stream()
            .filter(l -> "Exploitation".equals(l.kind()))
            .map(l -> country(l.country()))
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null),
        mapped(c.meansOfControl(), JointVocabulary.MEANS_OF_CONTROL),
        kept(c.exploitationTypes(), JointVocabulary.EXPLOITATION),
        labourTypes(c.labourSector()),
        Set.of(),
        Set.of(),
        null,
        c.recruitmentMethod() == null
            ? Set.of()
            : kept(List.of(c.recruitmentMethod()), JointVocabulary.RECRUITMENT),
        mapped(concat(c.recruitmentApps(), c.communication()), JointVocabulary.COMMUNICATION),
        kept(
            legs.stream().map(Leg::transport).filter(java.util.Objects::nonNull).toList(),
            JointVocabulary.TRANSPORT),
        route(legs),
        borderSection(legs),
        c.perpetrators() == 0 ? null : JointRecord.perpetratorBand(c.perpetrators()),
        kept(c.perpetratorRoles(), JointVocabulary.PERPETRATOR_ROLES));
  }

  /** HTCDS genders as CTDC writes them; unknown stays unknown. */
  static @Nullable String gender(String htcds) {
    return switch (htcds) {
      case "Feminine" -> "Female";
      case "Masculine" -> "Male";
      case "TransgenderFeminine", "TransgenderMasculine", "NonConforming" ->
          "Transgender/NonConforming";
      default -> null;
    };
  }

  /** CTDC's labour types of an ISIC section; a section CTDC has no type for is Other. */
  static Set<String> labourTypes(@Nullable String isic) {
    if (isic == null || isic.isBlank()) {
      return Set.of();
    }
    return Set.of(
        switch (isic.charAt(0)) {
          case 'A' -> "Agriculture";
          case 'B' -> "MiningOrDrilling";
          case 'C' -> "Manufacturing";
          case 'F' -> "Construction";
          case 'H' -> "Transportation";
          case 'I' -> "Hospitality";
          case 'T' -> "DomesticWork";
          default -> "Other";
        });
  }

  /** The countries of the route, in order, a country repeated in a row counted once. */
  static List<String> route(List<Leg> legs) {
    List<String> route = new ArrayList<>();
    for (Leg leg : legs) {
      String c = country(leg.country());
      if (c != null && (route.isEmpty() || !route.getLast().equals(c))) {
        route.add(c);
      }
    }
    return route;
  }

  /**
   * The border section of the first recorded crossing ({@code RS-HU}: from the previous leg's
   * country to this one's). The crossing point itself is free text in the registry and stays there.
   */
  static @Nullable String borderSection(List<Leg> legs) {
    for (int i = 1; i < legs.size(); i++) {
      String from = country(legs.get(i - 1).country());
      String to = country(legs.get(i).country());
      if (legs.get(i).borderCrossing() && from != null && to != null && !from.equals(to)) {
        return from + "-" + to;
      }
    }
    return null;
  }

  private static @Nullable String country(@Nullable String code) {
    return code != null && JointVocabulary.COUNTRIES.contains(code) ? code : null;
  }

  private static Set<String> kept(Collection<String> values, List<String> allowed) {
    return values.stream().filter(allowed::contains).collect(Collectors.toSet());
  }

  private static Set<String> mapped(Collection<String> values, List<String> allowed) {
    return values.stream()
        .map(v -> JointVocabulary.match(v, allowed))
        .flatMap(java.util.Optional::stream)
        .collect(Collectors.toSet());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * What a record says, in a stable form: equal for equal content whatever the version, so that a
   * record is sent again only when a correction changed it.
   */
  static String fingerprint(JointRecord r) {
    Function<Collection<String>, String> sorted = s -> String.join(",", new TreeSet<>(s));
    String text =
        String.join(
            "|",
            r.caseType(),
            String.valueOf(r.year()),
            String.valueOf(r.quarter()),
            String.valueOf(r.gender()),
            String.valueOf(r.ageBroad()),
            String.valueOf(r.majorityStatus()),
            String.valueOf(r.citizenship()),
            String.valueOf(r.countryOfExploitation()),
            sorted.apply(r.meansOfControl()),
            sorted.apply(r.exploitation()),
            sorted.apply(r.labourTypes()),
            sorted.apply(r.sexTypes()),
            sorted.apply(r.recruiterRelation()),
            String.valueOf(r.isAbduction()),
            sorted.apply(r.recruitment()),
            sorted.apply(r.communication()),
            sorted.apply(r.transport()),
            String.join(",", r.route()),
            String.valueOf(r.borderCrossing()),
            String.valueOf(r.perpetrators()),
            sorted.apply(r.perpetratorRoles()));
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
