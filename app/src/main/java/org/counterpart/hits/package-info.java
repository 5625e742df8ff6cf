/**
 * Cross-border hit/no-hit without sharing identities: nodes publish keyed Bloom-filter encodings of
 * the persons, phones and documents they make searchable; the hub answers queries per country with
 * "no hit" or a score band and an opaque reference, and links the nodes' encodings in bulk.
 */
@NullMarked
package org.counterpart.hits;

import org.jspecify.annotations.NullMarked;
