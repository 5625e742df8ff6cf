/**
 * The hub's side of hit/no-hit: the index of the nodes' encodings ({@link
 * org.counterpart.hits.hub.HitIndex}), its mutual-TLS endpoints, and the bulk linkage ({@link
 * org.counterpart.hits.hub.BulkLinkage}). Exposed so that benchmarks can load an index directly.
 */
@NamedInterface("hub")
@NullMarked
package org.counterpart.hits.hub;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
