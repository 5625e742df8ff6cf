package org.counterpart.system;

/** The two parts the one application can play in the region. */
public enum Role {
  /** A country's node: identities, cases, the national contact point. */
  NODE,
  /** The regional hub: relay, encodings index, de-identified joint database. */
  HUB
}
