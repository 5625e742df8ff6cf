package org.counterpart.core.screening;

/** Whose strengths apply: an adult's or a child's (under 18, or presumed so). */
public enum Profile {
  ADULT,
  CHILD
}
