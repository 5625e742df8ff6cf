/**
 * Harmonized identification: the regional indicator catalogue (published on the hub, pulled by
 * every node), first-line screening with the engine of {@code core}, the second-stage mixed team,
 * and referral of each person to a facility.
 */
@NullMarked
package org.counterpart.screening;

import org.jspecify.annotations.NullMarked;
