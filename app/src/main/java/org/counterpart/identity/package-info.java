/**
 * Officials, their agencies and roles; login (form and, where switched on, OIDC), lock-out and the
 * rule that every page and endpoint is denied unless a role grants it.
 */
@NullMarked
package org.counterpart.identity;

import org.jspecify.annotations.NullMarked;
