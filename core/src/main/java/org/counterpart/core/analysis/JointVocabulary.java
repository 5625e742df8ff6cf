package org.counterpart.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The values a node's record may carry, field by field. A node maps its cases onto them (free text
 * that matches none becomes {@code Other}), and the hub refuses a record holding anything else, so
 * that no free text, and therefore no name, number or address, can ever reach the joint database.
 */
public final class JointVocabulary {

  private JointVocabulary() {}

  public static final Set<String> CASE_TYPES = Set.of("THB", "SMUGGLING");
  public static final Set<String> MAJORITY = Set.of("Adult", "Minor");

  /**
   * HTCDS {@code vic_TypeOfExploitation}, with ForcedCriminality, as the node's registry has it.
   */
  public static final List<String> EXPLOITATION =
      List.of(
          "ForcedLabour",
          "SexualExploitation",
          "ChildLabour",
          "ForcedMarriage",
          "Servitude",
          "ForcedMilitaryByNonStateActors",
          "OrganRemoval",
          "ForcedBegging",
          "ForcedAdoption",
          "Surrogacy",
          "ForcedCriminality",
          "Other");

  /** CTDC's means-of-control variables, without their {@code meansOfControl} prefix. */
  public static final List<String> MEANS_OF_CONTROL =
      List.of(
          "DebtBondage",
          "TakesEarnings",
          "RestrictsFinancialAccess",
          "Threats",
          "PsychologicalAbuse",
          "PhysicalAbuse",
          "SexualAbuse",
          "FalsePromises",
          "PsychoactiveSubstances",
          "RestrictsMovement",
          "RestrictsMedicalCare",
          "ExcessiveWorkingHours",
          "UsesChildren",
          "ThreatOfLawEnforcement",
          "WithholdsNecessities",
          "WithholdsDocuments",
          "Other");

  /** CTDC's labour types, without their {@code typeOfLabour} prefix. */
  public static final List<String> LABOUR_TYPES =
      List.of(
          "Agriculture",
          "Aquafarming",
          "Begging",
          "Construction",
          "DomesticWork",
          "Hospitality",
          "IllicitActivities",
          "Manufacturing",
          "MiningOrDrilling",
          "Peddling",
          "Transportation",
          "Other");

  public static final List<String> SEX_TYPES =
      List.of("Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices");

  public static final List<String> RECRUITER_RELATION =
      List.of("IntimatePartner", "Friend", "Family", "Other");

  /** HTCDS recruitment methods. */
  public static final List<String> RECRUITMENT =
      List.of(
          "AtAPlaceOfBusiness",
          "AtAnEducationalInstitution",
          "AtWork",
          "ThroughOnlineSocialNetworks",
          "ThroughAnOnlineAdvertisement",
          "ThroughATelevisionAdvert",
          "ThroughANewspaperAdvert",
          "ThroughFamilyOrFamilyEvents",
          "ThroughFriendsOrSocialEvents",
          "Other");

  /** Means of communication between perpetrators and victims or migrants. */
  public static final List<String> COMMUNICATION =
      List.of(
          "Phone",
          "SMS",
          "WhatsApp",
          "Viber",
          "Telegram",
          "Signal",
          "Facebook",
          "Instagram",
          "TikTok",
          "Snapchat",
          "Email",
          "DatingApp",
          "InPerson",
          "Other");

  public static final List<String> TRANSPORT =
      List.of("car", "bus", "truck", "van", "train", "plane", "boat", "on foot", "other");

  /** HTCDS perpetrator roles. */
  public static final List<String> PERPETRATOR_ROLES =
      List.of(
          "TravellingPartner",
          "Transporter",
          "RecruiterOrIntermediary",
          "BrokerTravelAgent",
          "TransferredIndividual",
          "HarbouredIndividual",
          "SoldIndividual",
          "BoughtIndividual",
          "ReceivedIndividual",
          "ControlledIndividual",
          "Smuggler",
          "Abuser",
          "Kidnapper",
          "Exploiter",
          "Other");

  /** ISO 3166 alpha-2 codes, with XK for Kosovo. */
  public static final Set<String> COUNTRIES = countries();

  /** A border section: the two countries of a crossing, {@code RS-HU}. */
  private static final Pattern SECTION = Pattern.compile("([A-Z]{2})-([A-Z]{2})");

  /** A node's opaque record id: a random UUID, lower case. */
  private static final Pattern OPAQUE =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static Set<String> countries() {
    var codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    codes.add("XK");
    return Set.copyOf(codes);
  }

  /**
   * The value of {@code allowed} that a free-text entry names, ignoring case, spaces, hyphens and
   * underscores; {@code Other} (when allowed) for an entry that names none, empty for a blank one.
   */
  public static Optional<String> match(@Nullable String text, List<String> allowed) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String key = squash(text);
    for (String value : allowed) {
      if (squash(value).equals(key)) {
        return Optional.of(value);
      }
    }
    return allowed.contains("Other") ? Optional.of("Other") : Optional.empty();
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-/]", "");
  }

  /**
   * What is wrong with a record a node pushes: each problem names the field. Empty when every field
   * holds an allowed value.
   */
  public static List<String> problems(JointRecord r) {
    List<String> p = new ArrayList<>();
    if (!COUNTRIES.contains(r.source())) {
      p.add("source");
    }
    if (!OPAQUE.matcher(r.sourceRef()).matches()) {
      p.add("sourceRef");
    }
    if (r.version() < 1) {
      p.add("version");
    }
    one(p, "caseType", r.caseType(), CASE_TYPES);
    if (r.year() < 1990 || r.year() > 2100) {
      p.add("year");
    }
    if (r.quarter() != null && (r.quarter() < 1 || r.quarter() > 4)) {
      p.add("quarter");
    }
    if (r.dataSource() != null) {
      p.add("dataSource");
    }
    one(p, "gender", r.gender(), Set.copyOf(JointRecord.GENDERS));
    one(p, "ageBroad", r.ageBroad(), Set.copyOf(JointRecord.AGE_BANDS));
    one(p, "majorityStatus", r.majorityStatus(), MAJORITY);
    if (r.citizenship() != null
        && !COUNTRIES.contains(r.citizenship())
        && !Regions.CODES.contains(r.citizenship())) {
      p.add("citizenship");
    }
    one(p, "countryOfExploitation", r.countryOfExploitation(), COUNTRIES);
    many(p, "meansOfControl", r.meansOfControl(), MEANS_OF_CONTROL);
    many(p, "exploitation", r.exploitation(), EXPLOITATION);
    many(p, "labourTypes", r.labourTypes(), LABOUR_TYPES);
    many(p, "sexTypes", r.sexTypes(), SEX_TYPES);
    many(p, "recruiterRelation", r.recruiterRelation(), RECRUITER_RELATION);
    many(p, "recruitment", r.recruitment(), RECRUITMENT);
    many(p, "communication", r.communication(), COMMUNICATION);
    many(p, "transport", r.transport(), TRANSPORT);
    many(p, "route", r.route(), COUNTRIES);
    if (r.borderCrossing() != null && !section(r.borderCrossing())) {
      p.add("borderCrossing");
    }
    one(p, "perpetrators", r.perpetrators(), Set.copyOf(JointRecord.PERPETRATOR_BANDS));
    many(p, "perpetratorRoles", r.perpetratorRoles(), PERPETRATOR_ROLES);
    return p;
  }

  private static boolean section(String text) {
    var m = SECTION.matcher(text);
    return m.matches()
        && COUNTRIES.contains(m.group(1))
        && COUNTRIES.contains(m.group(2))
        && !m.group(1).equals(m.group(2));
  }

  private static void one(List<String> p, String field, @Nullable String value, Set<String> ok) {
    if (value != null && !ok.contains(value)) {
      p.add(field);
    }
  }

  private static void many(
      List<String> p, String field, Collection<String> values, Collection<String> ok) {
    if (!ok.containsAll(values)) {
      p.add(field);
    }
  }
}
