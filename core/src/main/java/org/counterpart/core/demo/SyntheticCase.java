package org.counterpart.core.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A made-up case as the node of {@code country} holds it; {@code recruitmentMethod} is an HTCDS
 * {@code vic_MethodOfRecruitment} value name (for smuggling: how the migrants found the smuggler),
 * and {@code exploitation} is empty for smuggling cases.
 */
public record SyntheticCase(
    String id,
    String country,
    CaseKind kind,
    LocalDate detectedOn,
    List<Exploitation> exploitation,
    String recruitmentMethod,
    List<RouteLeg> route,
    List<CasePerson> persons) {

  public SyntheticCase {
    exploitation = List.copyOf(exploitation);
    route = List.copyOf(route);
    persons = List.copyOf(persons);
  }
}
