/**
 * The demo region: seeding each node and the hub with agencies, officials and synthetic data, and
 * the command that runs the hub and six nodes together.
 */
@NullMarked
package org.counterpart.demo;

import org.jspecify.annotations.NullMarked;
