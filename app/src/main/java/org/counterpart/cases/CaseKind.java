package org.counterpart.cases;

/** What a case is about; a smuggling case may turn into a trafficking one. */
public enum CaseKind {
  TRAFFICKING,
  SMUGGLING
}
