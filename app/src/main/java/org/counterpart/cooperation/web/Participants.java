package org.counterpart.cooperation.web;

import java.util.List;
import java.util.Map;
import org.counterpart.cooperation.Forms;
import org.counterpart.directory.Directory;
import org.counterpart.identity.Official;
import org.counterpart.identity.Officials;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** What the participant forms of meetings and trainings show: the directory to invite from. */
@Component
@NodeOnly
class Participants {

  private final Directory directory;
  private final Officials officials;

  Participants(Directory directory, Officials officials) {
    this.directory = directory;
    this.officials = officials;
  }

  /** The directory's entries, by country and name. */
  List<Directory.Entry> candidates() {
    return directory.all().stream()
        .sorted(
            java.util.Comparator.comparing(Directory.Entry::country)
                .thenComparing(e -> e.value().name()))
        .toList();
  }

  /** The signed-in official's e-mail, which names them as the owner of a follow-up. */
  @Nullable String email(Authentication who) {
    return officials.find(who.getName()).map(Official::email).orElse(null);
  }

  static Forms.ParticipantForm form(Map<String, String> values) {
    return new Forms.ParticipantForm(
        values.get("entry"), values.get("name"), values.get("email"), values.get("country"));
  }
}
