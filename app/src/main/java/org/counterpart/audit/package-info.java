/**
 * The hash-chained audit trail: every login, every read or change of personal data and every
 * cross-border exchange, with who, what, when and why.
 */
@NullMarked
package org.counterpart.audit;

import org.jspecify.annotations.NullMarked;
