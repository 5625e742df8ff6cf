/**
 * The joint risk analysis, without Spring, so that the server (over PostgreSQL) and an Apache Spark
 * job compute the same thing: de-identified records with CTDC's variables, their quarterly counts,
 * small-cell suppression, and trend detection.
 */
@NullMarked
package org.counterpart.core.analysis;

import org.jspecify.annotations.NullMarked;
