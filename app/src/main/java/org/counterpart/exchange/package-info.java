/**
 * Cross-border exchange through the national contact point (ILECU): its inbox and outbox. Sealed
 * messages, handling codes and deadlines grow here.
 */
@NullMarked
package org.counterpart.exchange;

import org.jspecify.annotations.NullMarked;
