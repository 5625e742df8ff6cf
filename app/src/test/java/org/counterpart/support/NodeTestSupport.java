package org.counterpart.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Properties of a node RS for {@code @SpringBootTest} classes, on a fresh test database. */
public final class NodeTestSupport {

  private NodeTestSupport() {}

  public static void nodeProperties(DynamicPropertyRegistry registry) throws Exception {
    Path dir = Files.createTempDirectory("node-rs");
    TestInstances.common(TestDatabases.newDatabase("rs"), dir)
        .forEach((key, value) -> registry.add(key, () -> value));
    registry.add("counterpart.role", () -> "node");
    registry.add("counterpart.country", () -> "RS");
  }
}
