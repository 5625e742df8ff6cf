/**
 * The joint regional database and the joint risk analysis: nodes de-identify their cases and
 * publish records that single nobody out; the hub keeps them beside CTDC's global records and
 * computes the quarterly views, trends and the CIRAM-shaped report.
 */
@NullMarked
package org.counterpart.analysis;

import org.jspecify.annotations.NullMarked;
