/**
 * Working together across borders: thematic meetings with their decisions and follow-ups, joint
 * operations at the Police Cooperation Centres with a timeline each country adds to, and joint
 * training with certificates. Everything is a regional record owned by the organising country and
 * replicated through the hub to the countries taking part.
 */
@NullMarked
package org.counterpart.cooperation;

import org.jspecify.annotations.NullMarked;
