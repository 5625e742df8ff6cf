package org.counterpart.core.demo;

/** Whether a case is trafficking in human beings or migrant smuggling. */
public enum CaseKind {
  TRAFFICKING,
  SMUGGLING
}
