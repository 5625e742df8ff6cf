/** The audit trail's hash chain: computing an entry's hash and verifying a whole chain. */
@NullMarked
package org.counterpart.core.audit;

import org.jspecify.annotations.NullMarked;
