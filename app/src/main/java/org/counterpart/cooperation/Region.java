package org.counterpart.cooperation;

import java.time.ZoneId;
import java.util.List;

/** The countries that take part in cooperation, and the time they keep. */
public final class Region {

  /** The nodes of the region (XK for Kosovo): a record's audience can only name these. */
  public static final List<String> COUNTRIES = List.of("AL", "BA", "ME", "MK", "RS", "XK");

  /**
   * Every country of the region keeps Central European Time, so a time typed into a form means the
   * same instant on every node; records hold instants.
   */
  public static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

  private Region() {}
}
