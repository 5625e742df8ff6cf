package org.counterpart.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The standing counts kept in step with writes are the reference counts of what remains. */
class RollupTest {

  private static final Period FROM = Period.parse("2023Q1");
  private static final Period TO = Period.parse("2024Q4");

  @Test
  void addedCorrectedAndWithdrawnRecordsLeaveTheReferenceCountsOfWhatRemains() {
    List<JointRecord> all = new SyntheticRecords(FROM, TO, 60, 0.2, TO).list(5);
    Rollup rollup = new Rollup();
    all.forEach(rollup::add);
    List<JointRecord> remaining = new ArrayList<>(all);
    // A correction moves a record to another quarter; a withdrawal takes one out.
    JointRecord before = remaining.get(3);
    JointRecord after =
        new JointRecord(
            before.source(),
            before.sourceRef(),
            before.version() + 1,
            before.caseType(),
            before.year(),
            before.quarter() == null ? null : before.quarter() % 4 + 1,
            before.dataSource(),
            before.gender(),
            before.ageBroad(),
            before.majorityStatus(),
            before.citizenship(),
            before.countryOfExploitation(),
            before.meansOfControl(),
            before.exploitation(),
            before.labourTypes(),
            before.sexTypes(),
            before.recruiterRelation(),
            before.isAbduction(),
            before.recruitment(),
            before.communication(),
            before.transport(),
            before.route(),
            before.borderCrossing(),
            before.perpetrators(),
            before.perpetratorRoles());
    rollup.remove(before).add(after);
    remaining.set(3, after);
    rollup.remove(remaining.remove(10));

    assertThat(quarterly(rollup)).isEqualTo(Counts.of(remaining));
    assertThat(modi(rollup)).isEqualTo(ModusOperandi.countsOf(remaining));
  }

  @Test
  void aRecordCountedInAndOutLeavesNothing() {
    JointRecord r = new SyntheticRecords(FROM, TO, 5, 0, TO).list(2).get(0);
    assertThat(new Rollup().add(r).remove(r).isEmpty()).isTrue();
    assertThat(new Rollup().add(r).changes()).allMatch(c -> c.delta() == 1);
  }

  @Test
  void aRecordPublishedByYearOnlyCountsInItsYearNotInAQuarter() {
    JointRecord r =
        new SyntheticRecords(FROM, TO, 40, 1.0, TO)
            .list(3).stream().filter(x -> x.quarter() == null).findFirst().orElseThrow();
    assertThat(new Rollup().add(r).changes())
        .isNotEmpty()
        .allMatch(c -> c.key().quarter() == Rollup.YEAR_ONLY && c.key().year() == r.year());
  }

  @Test
  void aModusOperandiSurvivesItsCountedValue() {
    for (String e : JointVocabulary.EXPLOITATION) {
      for (String rec : JointVocabulary.RECRUITMENT) {
        for (String t : JointVocabulary.TRANSPORT) {
          assertThat(Rollup.modus(Rollup.modus(e, rec, t))).isEqualTo(new ModusOperandi(e, rec, t));
        }
      }
    }
  }

  /** The quarterly cells of the standing counts, as {@link Counts} gives them. */
  static List<Cell> quarterly(Rollup rollup) {
    Map<List<Object>, Long> byCell = new HashMap<>();
    for (var c : rollup.changes()) {
      var k = c.key();
      if (k.quarter() != Rollup.YEAR_ONLY && !k.dimension().equals(Rollup.MODUS)) {
        byCell.merge(
            List.of(
                Cell.groupOf(k.source()),
                new Period(k.year(), k.quarter()),
                Dimension.valueOf(k.dimension()),
                k.value()),
            c.delta(),
            Long::sum);
      }
    }
    List<Cell> out = new ArrayList<>();
    byCell.forEach(
        (k, n) ->
            out.add(
                new Cell(
                    (String) k.get(0),
                    (Period) k.get(1),
                    (Dimension) k.get(2),
                    (String) k.get(3),
                    n)));
    out.sort(Counts.ORDER);
    return out;
  }

  static List<ModusOperandi.Count> modi(Rollup rollup) {
    Map<List<Object>, Long> byCount = new HashMap<>();
    for (var c : rollup.changes()) {
      var k = c.key();
      if (k.quarter() != Rollup.YEAR_ONLY && k.dimension().equals(Rollup.MODUS)) {
        byCount.merge(
            List.of(
                Cell.groupOf(k.source()),
                new Period(k.year(), k.quarter()),
                Rollup.modus(k.value())),
            c.delta(),
            Long::sum);
      }
    }
    List<ModusOperandi.Count> out = new ArrayList<>();
    byCount.forEach(
        (k, n) ->
            out.add(
                new ModusOperandi.Count(
                    (String) k.get(0), (Period) k.get(1), (ModusOperandi) k.get(2), n)));
    out.sort(ModusOperandi.ORDER);
    return out;
  }
}
