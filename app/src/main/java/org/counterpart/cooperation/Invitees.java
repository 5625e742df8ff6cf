package org.counterpart.cooperation;

import java.util.List;
import java.util.UUID;
import org.counterpart.directory.Directory;
import org.counterpart.directory.DirectoryEntry;
import org.counterpart.system.NodeOnly;
import org.springframework.stereotype.Component;

/**
 * Turns a participant form into a participant: from the regional directory (the person it names, or
 * the office, with its first e-mail and its country) or as typed in.
 */
@Component
@NodeOnly
class Invitees {

  private final Directory directory;

  Invitees(Directory directory) {
    this.directory = directory;
  }

  Participant read(Forms.ParticipantForm form, List<Participant> already) {
    var check = new InputCheck();
    Participant participant;
    boolean fromDirectory = form.entry() != null && !form.entry().isBlank();
    if (fromDirectory) {
      UUID id = check.choice("entry", form.entry(), e -> directory.find(e).isPresent());
      check.done();
      var entry = directory.find(id).orElseThrow();
      DirectoryEntry value = entry.value();
      String name = value.person() == null ? value.name() : value.person() + ", " + value.name();
      participant =
          new Participant(
              UUID.randomUUID(),
              name,
              value.emails().isEmpty() ? null : value.emails().getFirst(),
              entry.country(),
              id);
    } else {
      String name = check.text("name", form.name(), 200);
      String email = check.email("email", form.email());
      String country = check.country("country", form.country());
      check.done();
      participant = new Participant(UUID.randomUUID(), name, email, country, null);
    }
    boolean twice =
        already.stream()
            .anyMatch(
                p ->
                    (p.directoryEntry() != null
                            && p.directoryEntry().equals(participant.directoryEntry()))
                        || (p.email() != null
                            && p.email().equalsIgnoreCase(String.valueOf(participant.email()))));
    if (twice) {
      check.problem(fromDirectory ? "entry" : "email", "cooperation.error.already-invited");
      check.done();
    }
    return participant;
  }
}
