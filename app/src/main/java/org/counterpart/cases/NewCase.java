package org.counterpart.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The command to register a case with the people in it, validated before anything is written. */
public record NewCase(
    @NotNull(message = "{validation.required}") CaseKind kind,
    @NotNull(message = "{validation.required}") LocalDate detectedOn,
    @NotNull(message = "{validation.required}") String detectedCountry,
    @Nullable @Size(max = 200, message = "{validation.too-long}") String detectedPlace,
    @Nullable
        @DecimalMin(value = "-90", message = "{validation.coordinate}")
        @DecimalMax(value = "90", message = "{validation.coordinate}")
        Double latitude,
    @Nullable
        @DecimalMin(value = "-180", message = "{validation.coordinate}")
        @DecimalMax(value = "180", message = "{validation.coordinate}")
        Double longitude,
    @Nullable List<String> exploitationTypes,
    @Nullable String labourSector,
    @Nullable String recruitmentMethod,
    @Nullable List<String> recruitmentApps,
    @Nullable List<String> meansOfControl,
    @Nullable List<String> communication,
    @Nullable @Size(max = 200, message = "{validation.too-long}") String crimeGroup,
    @Nullable Boolean consentGiven,
    @NotEmpty(message = "{validation.required}") @Valid List<NewPerson> persons,
    @Nullable @Valid List<NewEvent> events) {

  public NewCase {
    consentGiven = Boolean.TRUE.equals(consentGiven);
    exploitationTypes = exploitationTypes == null ? List.of() : List.copyOf(exploitationTypes);
    recruitmentApps = recruitmentApps == null ? List.of() : List.copyOf(recruitmentApps);
    meansOfControl = meansOfControl == null ? List.of() : List.copyOf(meansOfControl);
    communication = communication == null ? List.of() : List.copyOf(communication);
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** The facts of the case itself, without its people and events. */
  public CaseDetails details() {
    return new CaseDetails(
        detectedOn,
        detectedCountry,
        detectedPlace,
        latitude,
        longitude,
        exploitationTypes,
        labourSector,
        recruitmentMethod,
        recruitmentApps,
        meansOfControl,
        communication,
        crimeGroup,
        consentGiven);
  }

  /** A person to register in the case, in one role. */
  public record NewPerson(
      @NotNull(message = "{validation.required}") PersonRole role,
      @Nullable String perpetratorRole,
      @Nullable DataSubjectCategory category,
      @NotNull(message = "{validation.required}") String gender,
      @Nullable String citizenship,
      @NotNull(message = "{validation.required}") @Valid PersonIdentity identity) {

    public DataSubjectCategory resolvedCategory() {
      return category == null ? role.defaultCategory() : category;
    }
  }

  /** A historic trafficking event or a leg of the route. */
  public record NewEvent(
      @NotNull(message = "{validation.required}") String kind,
      @Nullable LocalDate occurredOn,
      @Nullable String country,
      @Nullable @Size(max = 200, message = "{validation.too-long}") String place,
      @Nullable String borderCrossing,
      @Nullable String transport) {}
}
