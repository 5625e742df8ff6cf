package org.counterpart.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.counterpart.cases.Actor;
import org.counterpart.core.screening.Decision;
import org.counterpart.screening.Answers;
import org.counterpart.screening.NodeCatalogue;
import org.counterpart.screening.Referrals;
import org.counterpart.screening.Screenings;
import org.counterpart.screening.SecondStage;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Screening, second stage and referral over REST; the web pages use the same services. */
@RestController
@NodeOnly
class ScreeningApi {

  private final Screenings screenings;
  private final SecondStage secondStage;
  private final Referrals referrals;
  private final NodeCatalogue catalogue;

  ScreeningApi(
      Screenings screenings,
      SecondStage secondStage,
      Referrals referrals,
      NodeCatalogue catalogue) {
    this.screenings = screenings;
    this.secondStage = secondStage;
    this.referrals = referrals;
    this.catalogue = catalogue;
  }

  /** An indicator as the UI shows it. */
  record IndicatorText(
      String id,
      String dimension,
      @Nullable String adult,
      @Nullable String child,
      String question) {}

  /** The catalogue this node screens with, in the user's language. */
  record CatalogueView(
      int version, List<IndicatorText> indicators, Map<String, String> questions) {}

  @GetMapping("/api/v1/catalogue")
  @Operation(summary = "The indicator catalogue this node screens with, in the user's language")
  CatalogueView catalogue() {
    var current = catalogue.current();
    String language = ScreeningPages.languageTag(LocaleContextHolder.getLocale());
    var questions = new java.util.LinkedHashMap<String, String>();
    current.questions().keySet().forEach(id -> questions.put(id, current.question(id, language)));
    return new CatalogueView(
        current.version(),
        current.indicators().stream()
            .map(
                i ->
                    new IndicatorText(
                        i.id(),
                        i.dimension().name(),
                        i.adult() == null ? null : i.adult().code(),
                        i.child() == null ? null : i.child().code(),
                        i.question(language)))
            .toList(),
        questions);
  }

  /** Which person of the case is screened. */
  record Start(String pseudonym) {}

  @PostMapping("/api/v1/cases/{reference}/screenings")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Start a first-line screening of a person of the case (case team)")
  Map<String, String> start(
      @PathVariable String reference, @RequestBody Start body, Authentication who) {
    return Map.of("id", screenings.start(reference, body.pseudonym(), Actor.of(who)));
  }

  @GetMapping("/api/v1/screenings/{id}")
  Screenings.ScreeningView view(@PathVariable String id, Authentication who) {
    return screenings.view(id, Actor.of(who));
  }

  @PutMapping("/api/v1/screenings/{id}/draft")
  @Operation(summary = "Save the answers of a draft as they come")
  Map<String, Integer> draft(
      @PathVariable String id, @RequestBody Answers answers, Authentication who) {
    return Map.of("version", screenings.saveDraft(id, answers, Actor.of(who)));
  }

  @PostMapping("/api/v1/screenings/{id}/decision")
  @Operation(summary = "Evaluate the draft: every category, with its explanation")
  Decision decide(@PathVariable String id, Authentication who) {
    return screenings.decide(id, Actor.of(who));
  }

  /** The version of the screening the referral is based on. */
  record Refer(int version) {}

  @PostMapping("/api/v1/screenings/{id}/second-stage")
  ResponseEntity<Void> refer(@PathVariable String id, @RequestBody Refer body, Authentication who) {
    screenings.referToSecondStage(id, body.version(), Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  /** The team of a second stage. */
  record Team(String lead, Map<String, SecondStage.Profession> members) {}

  @PostMapping("/api/v1/screenings/{id}/second-stage/team")
  ResponseEntity<Void> assign(@PathVariable String id, @RequestBody Team body, Authentication who) {
    secondStage.assign(id, body.lead(), body.members(), Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  /** A member's assessment. */
  record AssessmentBody(
      SecondStage.Opinion opinion, @Nullable List<String> categories, String reasons) {}

  @PostMapping("/api/v1/screenings/{id}/second-stage/assessments")
  ResponseEntity<Void> assess(
      @PathVariable String id, @RequestBody AssessmentBody body, Authentication who) {
    secondStage.assess(id, body.opinion(), body.categories(), body.reasons(), Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  /** The lead's decision. */
  record DecisionBody(
      SecondStage.Outcome outcome, @Nullable List<String> categories, String reasons) {}

  @PostMapping("/api/v1/screenings/{id}/second-stage/decision")
  ResponseEntity<Void> teamDecision(
      @PathVariable String id, @RequestBody DecisionBody body, Authentication who) {
    secondStage.decide(id, body.outcome(), body.categories(), body.reasons(), Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/screenings/{id}/second-stage")
  SecondStage.@Nullable View secondStage(@PathVariable String id, Authentication who) {
    screenings.view(id, Actor.of(who));
    return secondStage.view(id);
  }

  @GetMapping("/api/v1/facilities")
  List<Referrals.Facility> facilities(@RequestParam(required = false) @Nullable String category) {
    return referrals.facilities(category);
  }

  @PutMapping("/api/v1/facilities/{code}")
  ResponseEntity<Void> saveFacility(
      @PathVariable String code, @RequestBody Referrals.Facility facility, Authentication who) {
    referrals.saveFacility(
        new Referrals.Facility(
            code,
            facility.name(),
            facility.kind(),
            facility.place(),
            facility.categories(),
            facility.capacity(),
            facility.occupancy(),
            facility.languages(),
            facility.accessible(),
            facility.contact()),
        Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  /** A referral: a facility of this node (with an override reason when it is full) or a country. */
  record ReferralBody(
      @Nullable String facility, @Nullable String overrideReason, @Nullable String destination) {}

  @PostMapping("/api/v1/screenings/{id}/referrals")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Refer the person to a facility, or prepare a transnational referral")
  Map<String, String> referral(
      @PathVariable String id, @RequestBody ReferralBody body, Authentication who) {
    Actor actor = Actor.of(who);
    String referral =
        body.destination() != null && !body.destination().isBlank()
            ? referrals.prepareTransnational(id, body.destination(), actor)
            : referrals.propose(
                id, body.facility() == null ? "" : body.facility(), body.overrideReason(), actor);
    return Map.of("id", referral);
  }

  @GetMapping("/api/v1/screenings/{id}/referrals")
  List<Referrals.Referral> referralsOf(@PathVariable String id, Authentication who) {
    screenings.view(id, Actor.of(who));
    return referrals.ofScreening(id);
  }

  /** The facility's answer. */
  record Answer(boolean accepted, @Nullable String reason) {}

  @PostMapping("/api/v1/referrals/{id}/answer")
  ResponseEntity<Void> answer(
      @PathVariable String id, @RequestBody Answer body, Authentication who) {
    referrals.answer(id, body.accepted(), body.reason(), Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/referrals/{id}/arrival")
  ResponseEntity<Void> arrival(@PathVariable String id, Authentication who) {
    referrals.arrived(id, Actor.of(who));
    return ResponseEntity.noContent().build();
  }
}
