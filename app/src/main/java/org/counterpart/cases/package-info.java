/**
 * The node's case registry on IOM's Human Trafficking Case Data Standard (HTCDS by IOM, CC BY 4.0):
 * cases, the people in them and their roles, with identities encrypted and found in any script.
 */
@NullMarked
package org.counterpart.cases;

import org.jspecify.annotations.NullMarked;
