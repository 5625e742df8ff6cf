/**
 * What every role stands on: its configuration, the PostgreSQL database (embedded or external) with
 * per-role migrations, languages and the page layout.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.counterpart.system;

import org.jspecify.annotations.NullMarked;
