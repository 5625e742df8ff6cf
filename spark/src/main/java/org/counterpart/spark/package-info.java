/**
 * The joint risk analysis as an Apache Spark job: the hub's joint database exported as Parquet, and
 * the quarterly counts of {@link org.counterpart.core.analysis.Counts} computed over it, for when
 * the data outgrows one machine.
 */
@NullMarked
package org.counterpart.spark;

import org.jspecify.annotations.NullMarked;
