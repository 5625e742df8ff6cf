/**
 * Deterministic synthetic cases, persons and routes of the Western Balkans for demonstrations,
 * tests and benchmarks: never real people, always the same output for the same seed.
 */
@NullMarked
package org.counterpart.core.demo;

import org.jspecify.annotations.NullMarked;
