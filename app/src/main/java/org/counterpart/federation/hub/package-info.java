/**
 * The hub's side of the federation: the mutual-TLS port, signed-request checks, the registry of
 * nodes. Other modules see the authenticated node as {@link
 * org.counterpart.federation.hub.FederatedParty} and the registry as {@link
 * org.counterpart.federation.hub.FederatedNodes}.
 */
@NamedInterface("hub")
@NullMarked
package org.counterpart.federation.hub;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
