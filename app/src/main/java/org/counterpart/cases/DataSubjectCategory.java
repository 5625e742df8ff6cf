package org.counterpart.cases;

/** Law Enforcement Directive Art. 6: the category of every person whose data is processed. */
public enum DataSubjectCategory {
  SUSPECT,
  CONVICTED,
  VICTIM,
  WITNESS,
  OTHER
}
