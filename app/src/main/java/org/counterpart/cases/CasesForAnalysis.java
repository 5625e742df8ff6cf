package org.counterpart.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the joint risk analysis may learn of this node's cases before it de-identifies them: the
 * facts of each case that is not voided, its route, and for each victim or smuggled migrant the
 * sex, citizenship and age at detection. No name, document, phone, address, place or exact date
 * leaves this module: identities are opened here only to compute the age, and the date of detection
 * is given as year and quarter. The caller audits the use.
 */
@Service
@NodeOnly
public class CasesForAnalysis {

  private final JdbcClient jdbc;
  private final IdentityVault vault;

  CasesForAnalysis(JdbcClient jdbc, IdentityVault vault) {
    this.jdbc = jdbc;
    this.vault = vault;
  }

  /**
   * A case as the analysis sees it.
   *
   * @param id the case's internal id (never published)
   * @param perpetrators how many suspects and perpetrators the case holds
   */
  public record AnalysedCase(
      long id,
      CaseKind kind,
      int year,
      int quarter,
      List<String> exploitationTypes,
      @Nullable String labourSector,
      @Nullable String recruitmentMethod,
      List<String> recruitmentApps,
      List<String> meansOfControl,
      List<String> communication,
      List<Leg> route,
      int perpetrators,
      List<String> perpetratorRoles,
      List<Subject> subjects) {}

  /**
   * A historic event or route leg: its kind, country, transport and whether a border was crossed.
   */
  public record Leg(
      String kind, @Nullable String country, boolean borderCrossing, @Nullable String transport) {}

  /**
   * A victim or smuggled migrant of the case.
   *
   * @param id the person's internal id (never published)
   * @param gender HTCDS gender
   * @param ageAtDetection whole years at the case's detection; null when the birth date is unknown
   */
  public record Subject(
      long id,
      PersonRole role,
      String gender,
      @Nullable String citizenship,
      @Nullable Integer ageAtDetection) {}

  private record Head(long id, AnalysedCase partial, LocalDate detectedOn) {}

  /** Every case that is not voided, with its victims and smuggled migrants. */
  @Transactional(readOnly = true)
  public List<AnalysedCase> cases() {
    Map<Long, Head> heads = new LinkedHashMap<>();
    jdbc.sql(
            """
            select id, kind, detected_on, exploitation_types, labour_sector, recruitment_method,
                   recruitment_apps, means_of_control, communication
            from case_file where voided_at is null order by id
            """)
        .query(
            rs -> {
              LocalDate on = rs.getObject(3, LocalDate.class);
              long id = rs.getLong(1);
              heads.put(
                  id,
                  new Head(
                      id,
                      new AnalysedCase(
                          id,
                          CaseKind.valueOf(rs.getString(2)),
                          on.getYear(),
                          (on.getMonthValue() - 1) / 3 + 1,
                          CaseReader.strings(rs.getArray(4)),
                          rs.getString(5),
                          rs.getString(6),
                          CaseReader.strings(rs.getArray(7)),
                          CaseReader.strings(rs.getArray(8)),
                          CaseReader.strings(rs.getArray(9)),
                          List.of(),
                          0,
                          List.of(),
                          List.of()),
                      on));
            });
    Map<Long, List<Leg>> legs = new LinkedHashMap<>();
    jdbc.sql(
            """
            select e.case_id, e.kind, e.country, e.border_crossing is not null, e.transport
            from case_event e join case_file c on c.id = e.case_id
            where c.voided_at is null order by e.case_id, e.position
            """)
        .query(
            rs -> {
              legs.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                  .add(
                      new Leg(
                          rs.getString(2),
                          rs.getString(3) == null ? null : rs.getString(3).strip(),
                          rs.getBoolean(4),
                          rs.getString(5)));
            });
    Map<Long, List<Subject>> subjects = new LinkedHashMap<>();
    Map<Long, java.util.Set<Long>> perpetrators = new LinkedHashMap<>();
    Map<Long, java.util.Set<String>> roles = new LinkedHashMap<>();
    jdbc.sql(
            """
            select cp.case_id, p.id, cp.role, cp.perpetrator_role, p.gender, p.citizenship,
                   p.public_id, p.identity_key, p.identity
            from case_person cp join person p on p.id = cp.person_id
            join case_file c on c.id = cp.case_id
            where c.voided_at is null order by cp.case_id, p.id
            """)
        .query(
            rs -> {
              long caseId = rs.getLong(1);
              PersonRole role = PersonRole.valueOf(rs.getString(3));
              if (role.perpetrator()) {
                perpetrators
                    .computeIfAbsent(caseId, id -> new java.util.HashSet<>())
                    .add(rs.getLong(2));
                if (rs.getString(4) != null) {
                  roles
                      .computeIfAbsent(caseId, id -> new java.util.TreeSet<>())
                      .add(rs.getString(4));
                }
                return;
              }
              if (role == PersonRole.WITNESS) {
                return;
              }
              Head head = heads.get(caseId);
              long personId = rs.getLong(2);
              var already = subjects.getOrDefault(caseId, List.of());
              if (already.stream().anyMatch(s -> s.id() == personId)) {
                return; // the same person in two victim roles is one record
              }
              var identity =
                  vault.open(
                      new IdentityVault.Sealed(rs.getString(8), rs.getBytes(9)), rs.getString(7));
              Integer age =
                  identity.birthDate() == null || identity.birthDate().isAfter(head.detectedOn())
                      ? null
                      : Period.between(identity.birthDate(), head.detectedOn()).getYears();
              subjects
                  .computeIfAbsent(caseId, id -> new ArrayList<>())
                  .add(
                      new Subject(
                          rs.getLong(2),
                          role,
                          rs.getString(5),
                          rs.getString(6) == null ? null : rs.getString(6).strip(),
                          age));
            });
    List<AnalysedCase> out = new ArrayList<>(heads.size());
    for (Head head : heads.values()) {
      var c = head.partial();
      long id = head.id();
      out.add(
          new AnalysedCase(
              id,
              c.kind(),
              c.year(),
              c.quarter(),
              c.exploitationTypes(),
              c.labourSector(),
              c.recruitmentMethod(),
              c.recruitmentApps(),
              c.meansOfControl(),
              c.communication(),
              legs.getOrDefault(id, List.of()),
              perpetrators.getOrDefault(id, java.util.Set.of()).size(),
              List.copyOf(roles.getOrDefault(id, java.util.Set.of())),
              subjects.getOrDefault(id, List.of())));
    }
    return out;
  }
}
