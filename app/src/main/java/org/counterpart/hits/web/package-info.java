/**
 * The pages and API of hit/no-hit: ask the region, notices and references, the hub's index page.
 */
@NullMarked
package org.counterpart.hits.web;

import org.jspecify.annotations.NullMarked;
