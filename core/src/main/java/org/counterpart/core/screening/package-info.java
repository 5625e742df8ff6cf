/**
 * Harmonized screening: the regional indicator catalogue (ILO/EC operational indicators) and the
 * decision rule of the region's two-stage identification, as pure functions that the node, the
 * command line and the tests share. The engine recommends and explains; it never closes a case.
 */
@NullMarked
package org.counterpart.core.screening;

import org.jspecify.annotations.NullMarked;
