/**
 * CTDC's published k-anonymised global file on the hub: validated as a whole, then copied into the
 * joint database in one transaction ({@link org.counterpart.analysis.ctdc.CtdcImport}). Exposed so
 * that the command line can import a file.
 */
@NamedInterface("ctdc")
@NullMarked
package org.counterpart.analysis.ctdc;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
