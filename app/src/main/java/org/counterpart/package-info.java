/**
 * Counterpart: cooperation of the Western Balkan authorities against trafficking in human beings
 * and migrant smuggling. Each direct sub-package is an application module.
 */
@NullMarked
package org.counterpart;

import org.jspecify.annotations.NullMarked;
