package org.counterpart.core.demo;

/** The part a person plays in a case (the data-subject categories of Directive 2016/680). */
public enum PersonRole {
  VICTIM,
  SUSPECT,
  SMUGGLED_MIGRANT,
  WITNESS
}
