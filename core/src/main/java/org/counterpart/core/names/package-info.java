/**
 * Normalisation of names and phone numbers for search and record linkage: any script to the
 * region's Latin, folded ASCII, tokens, spelling-insensitive skeletons and E.164 phone numbers.
 */
@NullMarked
package org.counterpart.core.names;

import org.jspecify.annotations.NullMarked;
