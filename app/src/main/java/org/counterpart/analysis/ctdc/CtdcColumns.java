package org.counterpart.analysis.ctdc;

import java.util.List;

/**
 * The 64 columns of CTDC's k-anonymised file (the first holds the terms of use in the header and
 * nothing in the rows) and where each flag goes in {@code joint_record}.
 *
 * <p>A flag set to 1 adds its value name, the column name without its prefix ({@code
 * meansOfControlDebtBondage} adds {@code DebtBondage} to {@code means_of_control}; {@code
 * isForcedLabour} adds {@code ForcedLabour} to {@code exploitation}). The "not specified" and
 * "unknown" flags add nothing, so that such a record counts as unknown; {@code isSexAndLabour} adds
 * both {@code ForcedLabour} and {@code SexualExploit}. The {@code ...Concatenated} and {@code
 * RecruiterRelationship} texts repeat the flags and are not kept; {@code majorityStatusAtExploit}
 * and {@code majorityEntry} are checked but have no column in the joint database.
 */
final class CtdcColumns {

  private CtdcColumns() {}

  static final int COUNT = 64;

  static final int YEAR = 1;
  static final int DATASOURCE = 2;
  static final int GENDER = 3;
  static final int AGE = 4;
  static final int MAJORITY = 5;
  static final int MAJORITY_AT_EXPLOIT = 6;
  static final int MAJORITY_ENTRY = 7;
  static final int CITIZENSHIP = 8;
  static final int IS_SEX_AND_LABOUR = 31;
  static final int IS_ABDUCTION = 56;
  static final int COUNTRY_OF_EXPLOITATION = 58;

  /** Header names of columns 1 to 63 (index 0 is the terms-of-use cell). */
  static final List<String> NAMES =
      List.of(
          "",
          "yearOfRegistration",
          "Datasource",
          "gender",
          "ageBroad",
          "majorityStatus",
          "majorityStatusAtExploit",
          "majorityEntry",
          "citizenship",
          "meansOfControlDebtBondage",
          "meansOfControlTakesEarnings",
          "meansOfControlRestrictsFinancialAccess",
          "meansOfControlThreats",
          "meansOfControlPsychologicalAbuse",
          "meansOfControlPhysicalAbuse",
          "meansOfControlSexualAbuse",
          "meansOfControlFalsePromises",
          "meansOfControlPsychoactiveSubstances",
          "meansOfControlRestrictsMovement",
          "meansOfControlRestrictsMedicalCare",
          "meansOfControlExcessiveWorkingHours",
          "meansOfControlUsesChildren",
          "meansOfControlThreatOfLawEnforcement",
          "meansOfControlWithholdsNecessities",
          "meansOfControlWithholdsDocuments",
          "meansOfControlOther",
          "meansOfControlNotSpecified",
          "meansOfControlConcatenated",
          "isForcedLabour",
          "isSexualExploit",
          "isOtherExploit",
          "isSexAndLabour",
          "isForcedMarriage",
          "isForcedMilitary",
          "isOrganRemoval",
          "isSlaveryAndPractices",
          "typeOfExploitConcatenated",
          "typeOfLabourAgriculture",
          "typeOfLabourAquafarming",
          "typeOfLabourBegging",
          "typeOfLabourConstruction",
          "typeOfLabourDomesticWork",
          "typeOfLabourHospitality",
          "typeOfLabourIllicitActivities",
          "typeOfLabourManufacturing",
          "typeOfLabourMiningOrDrilling",
          "typeOfLabourPeddling",
          "typeOfLabourTransportation",
          "typeOfLabourOther",
          "typeOfLabourNotSpecified",
          "typeOfLabourConcatenated",
          "typeOfSexProstitution",
          "typeOfSexPornography",
          "typeOfSexRemoteInteractiveServices",
          "typeOfSexPrivateSexualServices",
          "typeOfSexConcatenated",
          "isAbduction",
          "RecruiterRelationship",
          "CountryOfExploitation",
          "recruiterRelationIntimatePartner",
          "recruiterRelationFriend",
          "recruiterRelationFamily",
          "recruiterRelationOther",
          "recruiterRelationUnknown");

  /** The array columns of {@code joint_record} that flags fill, in COPY order. */
  enum Target {
    MEANS_OF_CONTROL,
    EXPLOITATION,
    LABOUR_TYPES,
    SEX_TYPES,
    RECRUITER_RELATION
  }

  /** A 0/1 column: where a 1 goes, and under which value name (null: counts as unknown). */
  record Flag(int index, Target target, @org.jspecify.annotations.Nullable String value) {}

  static final List<Flag> FLAGS = flags();

  /**
   * CTDC's exploitation flags under the names the nodes publish (HTCDS {@code
   * vic_TypeOfExploitation}), so that the region and the world are counted under one name.
   */
  static String exploitation(String ctdc) {
    return switch (ctdc) {
      case "SexualExploit" -> "SexualExploitation";
      case "ForcedMilitary" -> "ForcedMilitaryByNonStateActors";
      case "SlaveryAndPractices" -> "Servitude";
      case "OtherExploit" -> "Other";
      default -> ctdc;
    };
  }

  private static List<Flag> flags() {
    var out = new java.util.ArrayList<Flag>();
    for (int i = 0; i < COUNT; i++) {
      String name = NAMES.get(i);
      if (name.endsWith("Concatenated") || i == IS_SEX_AND_LABOUR || i == IS_ABDUCTION) {
        continue;
      }
      String value = null;
      Target target = null;
      if (name.startsWith("meansOfControl")) {
        target = Target.MEANS_OF_CONTROL;
        value = name.substring("meansOfControl".length());
      } else if (name.startsWith("is")) {
        target = Target.EXPLOITATION;
        value = exploitation(name.substring("is".length()));
      } else if (name.startsWith("typeOfLabour")) {
        target = Target.LABOUR_TYPES;
        value = name.substring("typeOfLabour".length());
      } else if (name.startsWith("typeOfSex")) {
        target = Target.SEX_TYPES;
        value = name.substring("typeOfSex".length());
      } else if (name.startsWith("recruiterRelation")) {
        target = Target.RECRUITER_RELATION;
        value = name.substring("recruiterRelation".length());
      }
      if (target != null) {
        boolean unspecified = value.equals("NotSpecified") || value.equals("Unknown");
        out.add(new Flag(i, target, unspecified ? null : value));
      }
    }
    return List.copyOf(out);
  }
}
