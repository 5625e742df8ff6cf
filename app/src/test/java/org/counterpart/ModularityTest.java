package org.counterpart;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the module boundaries from rotting: no cycles, no reaching into another's internals. */
class ModularityTest {

  @Test
  void modulesRespectTheirBoundaries() {
    // org.counterpart.core is the plain-Java library of the core Maven module, not an
    // application module: every module may use it.
    ApplicationModules.of(
            CounterpartApplication.class,
            JavaClass.Predicates.resideInAPackage("org.counterpart.core.."))
        .verify();
  }
}
