package org.counterpart.cooperation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.core.screening.Indicator;
import org.counterpart.directory.NotOwnerException;
import org.counterpart.directory.RegionalRecords;
import org.counterpart.directory.RegionalRecords.Held;
import org.counterpart.screening.NodeCatalogue;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.stereotype.Service;

/**
 * Joint training: courses built from the indicator catalogue and from trends, participants from
 * several countries, attendance, and a certificate for each participant who attended.
 */
@Service
@NodeOnly
public class Trainings {

  private final RegionalRecords records;
  private final NodeCatalogue catalogue;
  private final Invitees invitees;

  Trainings(RegionalRecords records, NodeCatalogue catalogue, Invitees invitees) {
    this.records = records;
    this.catalogue = catalogue;
    this.invitees = invitees;
  }

  public String country() {
    return records.country();
  }

  /** The courses this node holds, the latest first. */
  public List<Held<Training>> all() {
    return records.all(Training.RECORD, Training.class).stream()
        .sorted(Comparator.comparing((Held<Training> t) -> t.value().start()).reversed())
        .toList();
  }

  public Optional<Held<Training>> find(UUID id) {
    return records.find(Training.RECORD, id, Training.class);
  }

  /** The indicators a module can be drawn from. */
  public List<Indicator> indicators() {
    return catalogue.current().indicators();
  }

  /** Plans a course of this country. */
  public UUID plan(Forms.TrainingForm form, String username) {
    var planned = check(form);
    UUID id = UUID.randomUUID();
    save(
        id,
        new Training(
            planned.title(),
            planned.start(),
            planned.end(),
            planned.place(),
            planned.modules(),
            List.of(),
            Set.of()),
        username);
    return id;
  }

  /** Changes the plan of one of this country's courses; participants and attendance stay. */
  public void change(UUID id, Forms.TrainingForm form, String username) {
    update(
        id,
        username,
        t -> {
          var p = check(form);
          return t.withPlan(p.title(), p.start(), p.end(), p.place(), p.modules());
        });
  }

  public void invite(UUID id, Forms.ParticipantForm form, String username) {
    update(id, username, t -> t.with(invitees.read(form, t.participants())));
  }

  /** Takes the attendance: the participants listed attended, the others did not. */
  public void attendance(UUID id, List<String> present, String username) {
    update(
        id,
        username,
        t -> {
          var check = new InputCheck();
          Set<UUID> ids = new HashSet<>();
          for (String p : present) {
            UUID participant = check.choice("attended", p, u -> t.participant(u).isPresent());
            if (participant != null) {
              ids.add(participant);
            }
          }
          check.done();
          return t.withAttendance(ids);
        });
  }

  private Training check(Forms.TrainingForm form) {
    var check = new InputCheck();
    String title = check.text("title", form.title(), 200);
    var start = check.date("start", form.start());
    var end = check.date("end", form.end());
    String place = check.text("place", form.place(), 200);
    Catalogue current = catalogue.current();
    List<TrainingModule> modules = new ArrayList<>();
    for (String id : form.indicators()) {
      var indicator = current.indicator(id);
      if (indicator.isEmpty()) {
        check.problem("indicators", "cooperation.error.unknown-choice");
      } else {
        modules.add(
            new TrainingModule(TrainingModule.Source.INDICATOR, id, indicator.get().label()));
      }
    }
    for (String trend : InputCheck.lines(form.trends())) {
      if (trend.length() > 300) {
        check.problem("trends", "cooperation.error.too-long");
      }
      modules.add(new TrainingModule(TrainingModule.Source.TREND, null, trend));
    }
    if (modules.isEmpty()) {
      check.problem("indicators", "cooperation.error.no-modules");
    }
    check.order("end", start, end);
    check.done();
    return new Training(title, start, end, place, modules, List.of(), Set.of());
  }

  private synchronized void update(UUID id, String username, UnaryOperator<Training> change) {
    Held<Training> held = find(id).orElseThrow(() -> new TrainingNotFoundException(id));
    if (!held.country().equals(country())) {
      throw new InvalidInputException("", "cooperation.error.not-organiser");
    }
    save(id, change.apply(held.value()), username);
  }

  private void save(UUID id, Training training, String username) {
    try {
      records.save(Training.RECORD, id, training, training.audience(country()), username);
    } catch (NotOwnerException e) {
      throw new InvalidInputException("", "cooperation.error.not-organiser");
    }
  }

  /** No training (or no such participant of it) is held here. */
  public static final class TrainingNotFoundException extends RuntimeException {
    public TrainingNotFoundException(UUID id) {
      super("no training " + id);
    }
  }
}
