package org.counterpart.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A joint course as its organising country keeps it: modules, participants from several countries
 * and who attended, which is what a certificate attests.
 *
 * @param attended ids of the participants who attended
 */
public record Training(
    String title,
    LocalDate start,
    LocalDate end,
    String place,
    List<TrainingModule> modules,
    List<Participant> participants,
    Set<UUID> attended) {

  /** The record kind under which trainings travel. */
  public static final String RECORD = "training";

  public Training {
    modules = List.copyOf(modules);
    participants = List.copyOf(participants);
    attended = Set.copyOf(attended);
  }

  /** The countries that receive the training: the organiser's and each participant's. */
  public Set<String> audience(String organiser) {
    Set<String> countries = new TreeSet<>();
    countries.add(organiser);
    participants.forEach(p -> countries.add(p.country()));
    return countries;
  }

  public Optional<Participant> participant(UUID id) {
    return participants.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public boolean attendedBy(UUID participant) {
    return attended.contains(participant);
  }

  Training withPlan(
      String title, LocalDate start, LocalDate end, String place, List<TrainingModule> modules) {
    return new Training(title, start, end, place, modules, participants, attended);
  }

  Training with(Participant participant) {
    var more = new ArrayList<>(participants);
    more.add(participant);
    return new Training(title, start, end, place, modules, more, attended);
  }

  /** The training with its attendance as taken: only participants can have attended. */
  Training withAttendance(Set<UUID> present) {
    for (UUID id : present) {
      if (participant(id).isEmpty()) {
        throw new IllegalArgumentException("not a participant: " + id);
      }
    }
    return new Training(title, start, end, place, modules, participants, present);
  }
}
