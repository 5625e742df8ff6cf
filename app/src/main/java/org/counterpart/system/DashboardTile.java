package org.counterpart.system;

import java.util.Set;

/**
 * One entry of the signed-in dashboard, contributed by the module that owns the page it leads to.
 *
 * @param titleKey message key of the title
 * @param descriptionKey message key of the one-line description
 * @param href where it leads
 * @param authorities who sees it (any of these); the page itself is still guarded
 * @param order position, lowest first
 */
public record DashboardTile(
    String titleKey, String descriptionKey, String href, Set<String> authorities, int order) {}
