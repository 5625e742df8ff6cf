/** The region's public-key infrastructure: the authority, party certificates, signed requests. */
@NullMarked
package org.counterpart.core.pki;

import org.jspecify.annotations.NullMarked;
