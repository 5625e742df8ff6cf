package org.counterpart.cooperation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A joint operation as its organising country plans it; the countries taking part receive it and
 * add their own entries to its timeline.
 *
 * @param centre the Police Cooperation Centre's directory entry, if it runs from one
 * @param centreName its name as planned (kept if the entry changes)
 * @param countries every country taking part, the organiser's included
 * @param units the units of each country, as the plan names them
 */
public record JointOperation(
    OperationKind kind,
    String title,
    @Nullable UUID centre,
    String centreName,
    String borderSection,
    List<String> countries,
    List<String> units,
    Instant start,
    Instant end,
    String plan) {

  /** The record kind under which operations travel. */
  public static final String RECORD = "operation";

  public JointOperation {
    countries = List.copyOf(countries);
    units = List.copyOf(units);
  }

  /** The countries that receive it and may add to its timeline. */
  public Set<String> audience() {
    return new TreeSet<>(countries);
  }
}
