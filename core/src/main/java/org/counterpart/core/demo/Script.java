package org.counterpart.core.demo;

/** The script a name is written in. */
public enum Script {
  LATIN,
  CYRILLIC
}
