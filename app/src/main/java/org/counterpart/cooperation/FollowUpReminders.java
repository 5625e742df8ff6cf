package org.counterpart.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.counterpart.identity.Official;
import org.counterpart.identity.Officials;
import org.counterpart.system.DashboardReminders;
import org.counterpart.system.NodeOnly;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The open follow-ups an official owns, for their dashboard: those of the meetings this node holds
 * whose owner is a participant of this node's country with the official's e-mail address.
 */
@Component
@NodeOnly
class FollowUpReminders implements DashboardReminders {

  private final Meetings meetings;
  private final Officials officials;
  private final Clock clock;

  FollowUpReminders(Meetings meetings, Officials officials, Clock clock) {
    this.meetings = meetings;
    this.officials = officials;
    this.clock = clock;
  }

  @Override
  public List<Reminder> forOfficial(Authentication official) {
    String email = officials.find(official.getName()).map(Official::email).orElse(null);
    if (email == null) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock.withZone(Region.ZONE));
    List<Reminder> open = new ArrayList<>();
    for (var held : meetings.all()) {
      var meeting = held.value();
      var statuses = meetings.statuses(held);
      for (var assigned : meeting.followUps()) {
        var followUp = assigned.followUp();
        boolean mine =
            meeting
                .participant(followUp.owner())
                .filter(p -> p.is(email, meetings.country()))
                .isPresent();
        var status = statuses.get(followUp.id());
        if (mine && (status == null || !status.done())) {
          open.add(
              new Reminder(
                  followUp.action(),
                  meeting.title(),
                  "/meetings/" + held.id() + "#follow-up-" + followUp.id(),
                  followUp.due(),
                  followUp.due().isBefore(today)));
        }
      }
    }
    return open;
  }
}
