package org.counterpart.cooperation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.counterpart.directory.Directory;
import org.counterpart.directory.EntryKind;
import org.counterpart.directory.NotOwnerException;
import org.counterpart.directory.RegionalRecords;
import org.counterpart.directory.RegionalRecords.Held;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Joint operations at the Police Cooperation Centres: joint patrols and the hand-over of a
 * surveillance or a hot pursuit at the border. The organising country plans one; each country
 * taking part logs what its officers did, in a timeline every one of them sees in time order.
 */
@Service
@NodeOnly
public class Operations {

  private final RegionalRecords records;
  private final Directory directory;

  Operations(RegionalRecords records, Directory directory) {
    this.records = records;
    this.directory = directory;
  }

  public String country() {
    return records.country();
  }

  /** The operations this node holds, the latest first. */
  public List<Held<JointOperation>> all() {
    return records.all(JointOperation.RECORD, JointOperation.class).stream()
        .sorted(Comparator.comparing((Held<JointOperation> o) -> o.value().start()).reversed())
        .toList();
  }

  public Optional<Held<JointOperation>> find(UUID id) {
    return records.find(JointOperation.RECORD, id, JointOperation.class);
  }

  /** The Police Cooperation Centres of the directory, to plan from. */
  public List<Directory.Entry> centres() {
    return directory.all().stream()
        .filter(e -> e.value().kind() == EntryKind.COOPERATION_CENTRE)
        .toList();
  }

  /** Plans an operation of this country with at least one other. */
  public UUID plan(Forms.OperationForm form, String username) {
    UUID id = UUID.randomUUID();
    save(id, check(form), username);
    return id;
  }

  /** Changes the plan of one of this country's operations. */
  public synchronized void change(UUID id, Forms.OperationForm form, String username) {
    Held<JointOperation> held = find(id).orElseThrow(() -> new OperationNotFoundException(id));
    if (!held.country().equals(country())) {
      throw new InvalidInputException("", "cooperation.error.not-organiser");
    }
    save(id, check(form), username);
  }

  private JointOperation check(Forms.OperationForm form) {
    var check = new InputCheck();
    OperationKind kind = null;
    for (OperationKind k : OperationKind.values()) {
      if (k.name().equals(form.kind())) {
        kind = k;
      }
    }
    if (kind == null) {
      check.problem("kind", "cooperation.error.required-choice");
    }
    String title = check.text("title", form.title(), 200);
    UUID centre = null;
    String centreName = "";
    if (form.centre() != null && !form.centre().isBlank()) {
      centre =
          check.choice(
              "centre",
              form.centre(),
              c ->
                  directory
                      .find(c)
                      .filter(e -> e.value().kind() == EntryKind.COOPERATION_CENTRE)
                      .isPresent());
      centreName = centre == null ? "" : directory.find(centre).orElseThrow().value().name();
    }
    String section = check.text("borderSection", form.borderSection(), 300);
    var countries = new TreeSet<String>();
    countries.add(country());
    for (String c : form.countries()) {
      countries.add(check.country("countries", c));
    }
    if (countries.size() < 2) {
      check.problem("countries", "cooperation.error.other-country");
    }
    var start = check.time("start", form.start());
    var end = check.time("end", form.end());
    String plan = check.optional("plan", form.plan(), 20_000);
    check.order("end", start, end);
    check.done();
    return new JointOperation(
        kind,
        title,
        centre,
        centreName,
        section,
        new ArrayList<>(countries),
        InputCheck.lines(form.units()),
        start,
        end,
        plan == null ? "" : plan);
  }

  private void save(UUID id, JointOperation operation, String username) {
    try {
      records.save(JointOperation.RECORD, id, operation, operation.audience(), username);
    } catch (NotOwnerException e) {
      throw new InvalidInputException("", "cooperation.error.not-organiser");
    }
  }

  /**
   * Logs what this country's officers did: a record of this country's own, sent to the operation's
   * countries. A country outside the operation has not received it and cannot log to it.
   */
  public UUID log(UUID operation, Forms.EventForm form, String username) {
    Held<JointOperation> held =
        find(operation).orElseThrow(() -> new OperationNotFoundException(operation));
    if (!held.value().countries().contains(country())) {
      throw new InvalidInputException("", "cooperation.error.not-taking-part");
    }
    var check = new InputCheck();
    TimelineEventKind kind = null;
    for (TimelineEventKind k : TimelineEventKind.values()) {
      if (k.name().equals(form.kind())) {
        kind = k;
      }
    }
    if (kind == null) {
      check.problem("kind", "cooperation.error.required-choice");
    }
    var at = check.time("at", form.at());
    String unit = check.text("unit", form.unit(), 200);
    String note = check.optional("note", form.note(), 4_000);
    check.done();
    UUID id = UUID.randomUUID();
    records.save(
        TimelineEvent.RECORD,
        id,
        new TimelineEvent(operation, at, kind, unit, note == null ? "" : note),
        held.value().audience(),
        username);
    return id;
  }

  /** The timeline of an operation from every country, in time order. */
  public List<Held<TimelineEvent>> timeline(UUID operation) {
    return records.all(TimelineEvent.RECORD, TimelineEvent.class).stream()
        .filter(e -> e.value().operation().equals(operation))
        .sorted(
            Comparator.comparing((Held<TimelineEvent> e) -> e.value().at())
                .thenComparing(Held::updatedAt))
        .toList();
  }

  /** No operation with that id is held here. */
  public static final class OperationNotFoundException extends RuntimeException {
    OperationNotFoundException(@Nullable UUID id) {
      super("no operation " + id);
    }
  }
}
