package org.counterpart.directory;

/** What an institution, unit or facility is competent for. */
public enum Competence {
  IDENTIFICATION,
  INVESTIGATION,
  PROSECUTION,
  VICTIM_ASSISTANCE,
  CHILD_PROTECTION,
  ASYLUM,
  LABOUR_INSPECTION,
  BORDER_CONTROL,
  SHELTER
}
