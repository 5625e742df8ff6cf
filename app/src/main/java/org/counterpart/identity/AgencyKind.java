package org.counterpart.identity;

/** The kinds of institution whose officials use Counterpart. */
public enum AgencyKind {
  POLICE,
  BORDER_POLICE,
  PROSECUTOR_OFFICE,
  LABOUR_INSPECTORATE,
  SOCIAL_WELFARE,
  NGO,
  MINISTRY,
  ILECU,
  REGIONAL_PLATFORM
}
