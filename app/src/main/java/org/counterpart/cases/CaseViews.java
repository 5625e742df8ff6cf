package org.counterpart.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the registry shows: read models, never the rows themselves. */
public final class CaseViews {

  private CaseViews() {}

  /** One line of a case list. */
  public record CaseSummary(
      String reference,
      CaseKind kind,
      CaseStatus status,
      LocalDate detectedOn,
      String detectedCountry,
      @Nullable String detectedPlace,
      List<String> exploitationTypes,
      int persons,
      boolean onTeam) {}

  /** A whole case as one official may see it. */
  public record CaseView(
      String reference,
      CaseKind kind,
      CaseStatus status,
      @Nullable String closedReason,
      LocalDate detectedOn,
      String detectedCountry,
      @Nullable String detectedPlace,
      @Nullable Double latitude,
      @Nullable Double longitude,
      List<String> exploitationTypes,
      @Nullable String labourSector,
      @Nullable String recruitmentMethod,
      List<String> recruitmentApps,
      List<String> meansOfControl,
      List<String> communication,
      @Nullable String crimeGroup,
      boolean consentGiven,
      int version,
      boolean onTeam,
      List<PersonInCase> persons,
      List<EventView> events,
      List<NoteView> notes,
      List<TransitionView> transitions,
      List<String> team) {}

  /** A person in a case: the identity only where the official may see it. */
  public record PersonInCase(
      String pseudonym,
      PersonRole role,
      @Nullable String perpetratorRole,
      DataSubjectCategory category,
      String gender,
      @Nullable String citizenship,
      @Nullable PersonIdentity identity) {}

  public record EventView(
      String kind,
      @Nullable LocalDate occurredOn,
      @Nullable String country,
      @Nullable String place,
      @Nullable String borderCrossing,
      @Nullable String transport) {}

  public record NoteView(
      String kind,
      String body,
      String source,
      String sourceCode,
      String informationCode,
      Instant at,
      String author) {}

  public record TransitionView(
      String from, String to, @Nullable String reason, Instant at, String by) {}

  /** One search hit: a person, the cases they are in, and how well they matched. */
  public record PersonHit(
      String pseudonym,
      @Nullable PersonIdentity identity,
      List<String> caseReferences,
      int score,
      boolean birthDateSwapped) {}
}
