/**
 * The node's side of the federation: its signed client for the hub and its registration link. Other
 * modules reach the hub through {@link org.counterpart.federation.node.HubClient}.
 */
@NamedInterface("node")
@NullMarked
package org.counterpart.federation.node;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
