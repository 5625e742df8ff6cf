/**
 * The hub's risk analysis over the joint database on PostgreSQL: the quarterly counts, trends and
 * the views and report built from them, with small cells suppressed.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("risk")
package org.counterpart.analysis.risk;

import org.jspecify.annotations.NullMarked;
