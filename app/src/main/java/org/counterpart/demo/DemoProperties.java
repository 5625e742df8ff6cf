package org.counterpart.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo seeding.
 *
 * @param enabled seed agencies, officials and synthetic data on start
 * @param password the demo officials' password ({@code COUNTERPART_DEMO_PASSWORD}); never a
 *     default, so a deployment cannot start with a known password
 * @param seed seed of the synthetic-data generator
 * @param cases synthetic cases to register on a node's first demo start
 * @param directory import the country's synthetic directory on a node's first demo start
 */
@ConfigurationProperties("counterpart.demo")
public record DemoProperties(
    boolean enabled,
    @Nullable String password,
    @Nullable Long seed,
    int cases,
    @DefaultValue("true") boolean directory) {}
