package org.counterpart.cooperation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the cooperation pages send, as typed: the services check and convert every field. */
public final class Forms {

  private Forms() {}

  /** A meeting's details, agenda (one item a line) and minutes. */
  public record MeetingForm(
      @Nullable String kind,
      @Nullable String title,
      @Nullable String start,
      @Nullable String end,
      @Nullable String place,
      @Nullable String agenda,
      @Nullable String minutes) {}

  /** A participant: a directory entry's id, or a name, e-mail and country typed in. */
  public record ParticipantForm(
      @Nullable String entry,
      @Nullable String name,
      @Nullable String email,
      @Nullable String country) {}

  public record DecisionForm(
      @Nullable String text, @Nullable String caseReference, @Nullable String owner) {}

  public record FollowUpForm(
      @Nullable String action, @Nullable String owner, @Nullable String due) {}

  /** A joint operation's plan. */
  public record OperationForm(
      @Nullable String kind,
      @Nullable String title,
      @Nullable String centre,
      @Nullable String borderSection,
      List<String> countries,
      @Nullable String units,
      @Nullable String start,
      @Nullable String end,
      @Nullable String plan) {

    public OperationForm {
      countries = List.copyOf(countries);
    }
  }

  /** One entry of an operation's timeline. */
  public record EventForm(
      @Nullable String kind, @Nullable String at, @Nullable String unit, @Nullable String note) {}

  /** A course: dates, place, indicators of the catalogue and trends (one a line) it covers. */
  public record TrainingForm(
      @Nullable String title,
      @Nullable String start,
      @Nullable String end,
      @Nullable String place,
      List<String> indicators,
      @Nullable String trends) {

    public TrainingForm {
      indicators = List.copyOf(indicators);
    }
  }
}
