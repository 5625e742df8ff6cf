/**
 * Who is who in the region: institutions, units, contact points, liaison officers, Police
 * Cooperation Centres, platforms, helplines, facilities and interpreters, each owned and edited by
 * its country's node and replicated through the hub to every other node, which keeps the whole
 * directory when the hub is down; search across the region, import from CSV, and the harmonized
 * manual.
 */
@NullMarked
package org.counterpart.directory;

import org.jspecify.annotations.NullMarked;
