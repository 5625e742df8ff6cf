package org.counterpart.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * k-anonymity over the quasi-identifiers of the records a node publishes: every combination of
 * their values that is released is shared by at least k records, so that knowing a person's age,
 * sex, nationality and when she was found never points at fewer than k records.
 *
 * <p>A record in a class smaller than k is generalised one step at a time (the quarter dropped to
 * the year; the age band dropped to minor or adult; the citizenship widened to its {@link Regions
 * region}), and held back when even the widest form stays below k. The steps run level by level
 * over all records together, so a record joins the coarser classes only with records generalised as
 * far as it is, and a class found large enough is never emptied afterwards: records only leave
 * classes that were already too small. The caller passes what it has already published together
 * with the new batch.
 */
public final class KAnonymity {

  /** One generalisation step, applied in this order. */
  public enum Generalisation {
    QUARTER_TO_YEAR(QuasiIdentifier.PERIOD),
    AGE_TO_MAJORITY(QuasiIdentifier.AGE),
    CITIZENSHIP_TO_REGION(QuasiIdentifier.CITIZENSHIP);

    private final QuasiIdentifier of;

    Generalisation(QuasiIdentifier of) {
      this.of = of;
    }

    JointRecord apply(JointRecord r) {
      return switch (this) {
        case QUARTER_TO_YEAR -> copy(r, c -> c.quarter = null);
        case AGE_TO_MAJORITY -> copy(r, c -> c.ageBroad = null);
        case CITIZENSHIP_TO_REGION ->
            copy(
                r,
                c ->
                    c.citizenship =
                        r.citizenship() == null ? null : Regions.of(r.citizenship()).orElse(null));
      };
    }
  }

  /** What becomes of one record. */
  public sealed interface Outcome {
    JointRecord original();
  }

  /** Released, after the generalisations listed (none when it was safe as it was). */
  public record Released(JointRecord original, JointRecord record, List<Generalisation> steps)
      implements Outcome {}

  /**
   * Held back: even in its widest form the record's class (its quasi-identifier values, as {@code
   * PERIOD=2026 AGE=Adult ...}) held fewer than k records.
   */
  public record HeldBack(JointRecord original, String quasiClass, int classSize)
      implements Outcome {}

  private final int k;
  private final List<QuasiIdentifier> quasiIdentifiers;
  private final List<Generalisation> steps;

  public KAnonymity(int k, Collection<QuasiIdentifier> quasiIdentifiers) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
    this.k = k;
    this.quasiIdentifiers = List.copyOf(quasiIdentifiers);
    this.steps =
        java.util.Arrays.stream(Generalisation.values())
            .filter(g -> this.quasiIdentifiers.contains(g.of))
            .toList();
  }

  public int k() {
    return k;
  }

  /** The outcome of each record, in the order given. */
  public List<Outcome> apply(List<JointRecord> records) {
    int n = records.size();
    JointRecord[] current = records.toArray(JointRecord[]::new);
    int[] level = new int[n];
    boolean[] held = new boolean[n];
    int[] heldSize = new int[n];
    for (int pass = 0; pass <= steps.size(); pass++) {
      Map<List<String>, Integer> counts = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (!held[i]) {
          counts.merge(key(current[i]), 1, Integer::sum);
        }
      }
      for (int i = 0; i < n; i++) {
        if (held[i] || level[i] != pass) {
          continue;
        }
        int size = counts.get(key(current[i]));
        if (size >= k) {
          continue;
        }
        if (pass == steps.size()) {
          held[i] = true;
          heldSize[i] = size;
        } else {
          current[i] = steps.get(pass).apply(current[i]);
          level[i]++;
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      outcomes.add(
          held[i]
              ? new HeldBack(records.get(i), describe(current[i]), heldSize[i])
              : new Released(records.get(i), current[i], steps.subList(0, level[i])));
    }
    return outcomes;
  }

  /** The size of the smallest quasi-identifier class among these records (0 when none). */
  public int smallestClass(Collection<JointRecord> records) {
    return records.stream()
        .collect(Collectors.groupingBy(this::key, Collectors.counting()))
        .values()
        .stream()
        .mapToInt(Long::intValue)
        .min()
        .orElse(0);
  }

  /** A record's class, as {@code PERIOD=2026Q2 AGE=18--20 GENDER=Female ...}. */
  public String describe(JointRecord r) {
    return quasiIdentifiers.stream()
        .map(q -> q.name() + "=" + q.valueOf(r))
        .collect(Collectors.joining(" "));
  }

  private List<String> key(JointRecord r) {
    List<String> key = new ArrayList<>(quasiIdentifiers.size());
    for (QuasiIdentifier q : quasiIdentifiers) {
      key.add(q.valueOf(r));
    }
    return key;
  }

  /** The mutable fields a generalisation may touch. */
  private static final class Fields {
    @Nullable Integer quarter;
    @Nullable String ageBroad;
    @Nullable String citizenship;
  }

  private static JointRecord copy(JointRecord r, java.util.function.Consumer<Fields> change) {
    Fields f = new Fields();
    f.quarter = r.quarter();
    f.ageBroad = r.ageBroad();
    f.citizenship = r.citizenship();
    change.accept(f);
    return new JointRecord(
        r.source(),
        r.sourceRef(),
        r.version(),
        r.caseType(),
        r.year(),
        f.quarter,
        r.dataSource(),
        r.gender(),
        f.ageBroad,
        r.majorityStatus(),
        f.citizenship,
        r.countryOfExploitation(),
        r.meansOfControl(),
        r.exploitation(),
        r.labourTypes(),
        r.sexTypes(),
        r.recruiterRelation(),
        r.isAbduction(),
        r.recruitment(),
        r.communication(),
        r.transport(),
        r.route(),
        r.borderCrossing(),
        r.perpetrators(),
        r.perpetratorRoles());
  }
}
