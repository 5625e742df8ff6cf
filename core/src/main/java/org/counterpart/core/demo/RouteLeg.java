package org.counterpart.core.demo;

/**
 * One border crossing on a route: ISO 3166 alpha-2 countries (XK for Kosovo), the crossing point as
 * it is called on the recording side, and the means of transport.
 */
public record RouteLeg(
    String fromCountry, String toCountry, String borderCrossingPoint, String transport) {}
