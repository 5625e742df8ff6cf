/** The pages of cooperation: meetings, joint operations and joint training. */
@NullMarked
package org.counterpart.cooperation.web;

import org.jspecify.annotations.NullMarked;
