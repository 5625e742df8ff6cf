/**
 * The node's side of the joint regional database: its cases de-identified, checked for k-anonymity,
 * and published to the hub incrementally; what was held back, for the administrator.
 */
@NullMarked
package org.counterpart.analysis.publication;

import org.jspecify.annotations.NullMarked;
