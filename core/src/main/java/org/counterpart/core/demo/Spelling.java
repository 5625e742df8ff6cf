package org.counterpart.core.demo;

/** How a record-keeping system writes a name, whatever its source orthography. */
enum Spelling {
  SERBIAN_CYRILLIC,
  MACEDONIAN_CYRILLIC,
  GAJ_LATIN,
  /** Macedonian romanised with gj and kj: Ѓорѓиевски as Gjorgjievski. */
  MACEDONIAN_LATIN,
  /** Albanian orthography, which also respells Slavic names: Đorđević as Gjorgjeviq. */
  ALBANIAN,
  /** Diacritics folded away, as passports' machine-readable zones and foreign systems do. */
  ASCII
}
