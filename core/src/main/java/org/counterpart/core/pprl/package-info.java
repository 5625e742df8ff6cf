/**
 * Privacy-preserving record linkage: persons become keyed Bloom-filter encodings (cryptographic
 * long-term keys, CLK) that can be compared without revealing who they are; the comparison is the
 * Dice coefficient of two encodings.
 */
@NullMarked
package org.counterpart.core.pprl;

import org.jspecify.annotations.NullMarked;
