/** The hub's analyst dashboard: trends, tables with CSV export, charts and the report's PDF. */
@NullMarked
package org.counterpart.analysis.web;

import org.jspecify.annotations.NullMarked;
