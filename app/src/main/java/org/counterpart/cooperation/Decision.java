package org.counterpart.cooperation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a meeting decided, on a case of common interest or in general.
 *
 * @param caseReference the case it concerns, as the countries refer to it, if any
 * @param owner the id of the participant answerable for it
 */
public record Decision(
    UUID id, String text, @Nullable String caseReference, UUID owner, List<FollowUp> followUps) {

  public Decision {
    followUps = List.copyOf(followUps);
  }

  Decision with(FollowUp followUp) {
    var more = new ArrayList<>(followUps);
    more.add(followUp);
    return new Decision(id, text, caseReference, owner, more);
  }
}
