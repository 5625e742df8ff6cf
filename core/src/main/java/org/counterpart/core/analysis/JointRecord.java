package org.counterpart.core.analysis;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One de-identified record of the joint regional database, with CTDC's variables and the region's
 * own (route, transport, communication, border crossing, perpetrators): it names nobody, holds no
 * exact date, document, phone or address. Column for column the hub's {@code joint_record} table,
 * but for its {@code weight}: a row of the table may stand for several identical records.
 *
 * @param source {@code CTDC} or the ISO code of the node that published it
 * @param sourceRef the record's id at its source (a node's opaque id; CTDC's file and the first
 *     line of the rows that the hub's row stands for)
 * @param caseType {@code THB} or {@code SMUGGLING}
 * @param quarter 1 to 4, or null when only the year is published
 * @param ageBroad one of {@link #AGE_BANDS}
 * @param citizenship ISO 3166 alpha-2
 * @param route the countries of the route legs, in order (alpha-2)
 * @param perpetrators a band: 1, 2-3, 4-9, 10+
 */
public record JointRecord(
    String source,
    String sourceRef,
    int version,
    String caseType,
    int year,
    @Nullable Integer quarter,
    @Nullable String dataSource,
    @Nullable String gender,
    @Nullable String ageBroad,
    @Nullable String majorityStatus,
    @Nullable String citizenship,
    @Nullable String countryOfExploitation,
    Set<String> meansOfControl,
    Set<String> exploitation,
    Set<String> labourTypes,
    Set<String> sexTypes,
    Set<String> recruiterRelation,
    @Nullable Boolean isAbduction,
    Set<String> recruitment,
    Set<String> communication,
    Set<String> transport,
    List<String> route,
    @Nullable String borderCrossing,
    @Nullable String perpetrators,
    Set<String> perpetratorRoles) {

  /** CTDC's age bands. */
  public static final List<String> AGE_BANDS =
      List.of("0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+");

  /** Genders as CTDC writes them. */
  public static final List<String> GENDERS = List.of("Female", "Male", "Transgender/NonConforming");

  /** Perpetrator-count bands. */
  public static final List<String> PERPETRATOR_BANDS = List.of("1", "2-3", "4-9", "10+");

  public JointRecord {
    meansOfControl = Set.copyOf(meansOfControl);
    exploitation = Set.copyOf(exploitation);
    labourTypes = Set.copyOf(labourTypes);
    sexTypes = Set.copyOf(sexTypes);
    recruiterRelation = Set.copyOf(recruiterRelation);
    recruitment = Set.copyOf(recruitment);
    communication = Set.copyOf(communication);
    transport = Set.copyOf(transport);
    route = List.copyOf(route);
    perpetratorRoles = Set.copyOf(perpetratorRoles);
  }

  /** The same record under another version number (a correction of it). */
  public JointRecord withVersion(int newVersion) {
    return new JointRecord(
        source,
        sourceRef,
        newVersion,
        caseType,
        year,
        quarter,
        dataSource,
        gender,
        ageBroad,
        majorityStatus,
        citizenship,
        countryOfExploitation,
        meansOfControl,
        exploitation,
        labourTypes,
        sexTypes,
        recruiterRelation,
        isAbduction,
        recruitment,
        communication,
        transport,
        route,
        borderCrossing,
        perpetrators,
        perpetratorRoles);
  }

  /** CTDC's band of an age in years. */
  public static String ageBand(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("age " + years);
    }
    if (years <= 8) {
      return "0--8";
    }
    if (years <= 17) {
      return "9--17";
    }
    if (years <= 29) {
      int low = 18 + (years - 18) / 3 * 3;
      return low + "--" + (low + 2);
    }
    if (years <= 38) {
      return "30--38";
    }
    if (years <= 47) {
      return "39--47";
    }
    return "48+";
  }

  /** The band of a number of perpetrators. */
  public static String perpetratorBand(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("perpetrators " + count);
    }
    return count == 1 ? "1" : count <= 3 ? "2-3" : count <= 9 ? "4-9" : "10+";
  }
}
