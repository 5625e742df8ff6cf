package org.counterpart.core.demo;

/** The spelling a community's name lists are written in, from which every rendering starts. */
enum Orthography {
  /**
   * Serbian, Bosnian, Montenegrin and Croatian Latin (Gaj's alphabet), one-to-one with Cyrillic.
   */
  GAJ_LATIN,
  MACEDONIAN_CYRILLIC,
  ALBANIAN,
  /** Latin transcriptions of other languages, with the variants that occur separated by '|'. */
  FOREIGN_LATIN
}
