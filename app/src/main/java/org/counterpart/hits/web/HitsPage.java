package org.counterpart.hits.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.hits.HitKind;
import org.counterpart.hits.RegionalSearch;
import org.counterpart.identity.UserRole;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Ask the region: a person's particulars, a phone or a document (or a person of a case) go out as
 * an encoding; each country answers no hit, or a band and a reference, which opens a pre-filled hit
 * follow-up to that country's contact point. The contact point also sees what the hub told this
 * node about its own references, and resolves a reference another country asks about.
 */
@Controller
@NodeOnly
class HitsPage {

  private final RegionalSearch search;
  private final MessageSource messages;

  HitsPage(RegionalSearch search, MessageSource messages) {
    this.search = search;
    this.messages = messages;
  }

  @GetMapping("/hits")
  String page(
      @RequestParam(required = false) @Nullable String person,
      @RequestParam(required = false) @Nullable String caseReference,
      Authentication who,
      Model model) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("kind", "PERSON");
    values.put("person", person == null ? "" : person);
    values.put("caseReference", caseReference == null ? "" : caseReference);
    return show(model, values, Map.of(), null, Actor.of(who));
  }

  @PostMapping("/hits")
  String ask(@RequestParam MultiValueMap<String, String> form, Authentication who, Model model) {
    Map<String, String> values = new LinkedHashMap<>(form.toSingleValueMap());
    values.remove("_csrf");
    Map<String, String> errors = new LinkedHashMap<>();
    RegionalSearch.Result result = null;
    Actor actor = Actor.of(who);
    try {
      result =
          search.ask(
              new RegionalSearch.Criteria(
                  values.get("kind"),
                  values.get("givenName"),
                  values.get("surname"),
                  values.get("birthDate"),
                  values.get("sex"),
                  values.get("phone"),
                  values.get("document"),
                  values.get("person")),
              actor);
    } catch (InvalidInputException e) {
      for (FieldProblem p : e.problems()) {
        errors.putIfAbsent(p.field(), p.message());
      }
    } catch (NotPermittedException | RegionalSearch.Unanswered e) {
      errors.put("", e.getMessage());
    } catch (CaseNotFoundException e) {
      errors.put("person", "hits.unknown-person");
    }
    return show(model, values, errors, result, actor);
  }

  @GetMapping("/hits/references")
  String resolve(@RequestParam String ref, Authentication who, Model model) {
    Actor actor = Actor.of(who);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("kind", "PERSON");
    values.put("ref", ref);
    try {
      model.addAttribute("resolved", search.resolve(ref, actor).orElse(null));
      model.addAttribute("resolvedAsked", true);
    } catch (NotPermittedException e) {
      return show(model, values, Map.of("", e.getMessage()), null, actor);
    }
    return show(model, values, Map.of(), null, actor);
  }

  private String show(
      Model model,
      Map<String, String> values,
      Map<String, String> errors,
      RegionalSearch.@Nullable Result result,
      Actor actor) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("result", result);
    model.addAttribute("kinds", HitKind.values());
    model.addAttribute("enabled", search.enabled());
    model.addAttribute("history", search.history(actor, 10));
    boolean contactPoint = actor.has(UserRole.CONTACT_POINT);
    model.addAttribute("contactPoint", contactPoint);
    model.addAttribute("notices", contactPoint ? search.notices(actor, 50) : List.of());
    if (result != null) {
      Map<String, String> followUps = new LinkedHashMap<>();
      for (var answer : result.answers()) {
        for (var hit : answer.hits()) {
          followUps.put(
              answer.country() + "/" + hit.ref(),
              followUp(answer.country(), hit, result.kind(), values.get("caseReference")));
        }
      }
      model.addAttribute("followUps", followUps);
    }
    return "hits/hits";
  }

  /** The composer, pre-filled with a hit follow-up to the country that answered. */
  private String followUp(
      String country, RegionalSearch.Hit hit, HitKind kind, @Nullable String caseReference) {
    var locale = LocaleContextHolder.getLocale();
    String band = messages.getMessage("hits.band." + hit.band(), null, hit.band(), locale);
    String kindName = messages.getMessage("hits.kind." + kind, null, kind.name(), locale);
    String subject =
        messages.getMessage("hits.follow-up.subject", new Object[] {kindName, hit.ref()}, locale);
    String body =
        messages.getMessage(
            "hits.follow-up.body", new Object[] {kindName, hit.ref(), band}, locale);
    var uri =
        UriComponentsBuilder.fromPath("/messages/new")
            .queryParam("to", country)
            .queryParam("type", "HIT_FOLLOW_UP")
            .queryParam("subject", subject)
            .queryParam("body", body);
    if (caseReference != null && !caseReference.isBlank()) {
      uri.queryParam("caseReference", caseReference.strip());
    }
    return uri.encode().build().toUriString();
  }
}
