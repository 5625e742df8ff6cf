/**
 * Sealed messages between national contact points: CMS (RFC 5652) signed data around
 * authenticated-enveloped data (RFC 5083, AES-256-GCM, ECDH ephemeral-static key agreement), made
 * and opened with Bouncy Castle. The hub relays them and cannot read them.
 */
@NullMarked
package org.counterpart.core.exchange;

import org.jspecify.annotations.NullMarked;
