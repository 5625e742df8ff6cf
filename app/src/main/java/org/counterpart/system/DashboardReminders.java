package org.counterpart.system;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * What a module asks of one official by a date (a follow-up of a meeting, say), listed on that
 * official's dashboard so that nothing waits on a page they never open.
 */
@FunctionalInterface
public interface DashboardReminders {

  /** The open items of the signed-in official, in any order. */
  List<Reminder> forOfficial(Authentication official);

  /**
   * One open item.
   *
   * @param what what to do, as the person who asked for it wrote it
   * @param context where it comes from (a meeting's title)
   * @param href the page where it is done
   * @param due the date it is due
   * @param overdue whether that date has passed
   */
  record Reminder(String what, String context, String href, LocalDate due, boolean overdue) {}
}
