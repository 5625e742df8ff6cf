package org.counterpart.core.demo;

/** The ways foreign systems and passports fold the region's letters into ASCII. */
enum AsciiStyle {
  /** Đ as Dj, ć and č as c, Macedonian ѓ as gj: Djordjevic, Gjorgjievski. */
  STANDARD,
  /** Đ as plain D: Dordevic. */
  PLAIN_D,
  /** Ć and č as ch, š as sh, ž as zh: Djordjevich, Chela. */
  ENGLISH
}
