package org.counterpart.directory;

/** What a directory entry is. */
public enum EntryKind {
  INSTITUTION,
  UNIT,
  CONTACT_POINT,
  LIAISON_OFFICER,
  COOPERATION_CENTRE,
  PLATFORM,
  HELPLINE,
  FACILITY,
  INTERPRETER;

  /** Kinds that name a person: their contact details are personal data. */
  public boolean personal() {
    return this == LIAISON_OFFICER || this == INTERPRETER;
  }
}
