/**
 * The node–hub transport: the regional PKI, mutual TLS on the hub's federation port, signed and
 * replay-proof requests, node registration and the node's link to the hub.
 */
@NullMarked
package org.counterpart.federation;

import org.jspecify.annotations.NullMarked;
