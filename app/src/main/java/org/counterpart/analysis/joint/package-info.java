/**
 * The hub's joint regional database: the de-identified records the nodes publish, each checked
 * against the values a record may hold before it is kept.
 */
@NullMarked
package org.counterpart.analysis.joint;

import org.jspecify.annotations.NullMarked;
