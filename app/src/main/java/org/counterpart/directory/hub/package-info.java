/** The hub's copy of the region's shared records and the feed the nodes read it from. */
@NullMarked
package org.counterpart.directory.hub;

import org.jspecify.annotations.NullMarked;
