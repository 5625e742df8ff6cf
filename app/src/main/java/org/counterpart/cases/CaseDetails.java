package org.counterpart.cases;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a case itself, apart from its people and events: what a correction of a case
 * replaces, the previous version being kept.
 */
public record CaseDetails(
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
    @Nullable Boolean consentGiven) {

  public CaseDetails {
    consentGiven = Boolean.TRUE.equals(consentGiven);
    exploitationTypes = exploitationTypes == null ? List.of() : List.copyOf(exploitationTypes);
    recruitmentApps = recruitmentApps == null ? List.of() : List.copyOf(recruitmentApps);
    meansOfControl = meansOfControl == null ? List.of() : List.copyOf(meansOfControl);
    communication = communication == null ? List.of() : List.copyOf(communication);
  }
}
