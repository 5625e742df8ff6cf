package org.counterpart.cooperation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action a decision calls for, owned by one participant, due by a date.
 *
 * @param owner the id of the participant who does it
 */
public record FollowUp(UUID id, String action, UUID owner, LocalDate due) {}
