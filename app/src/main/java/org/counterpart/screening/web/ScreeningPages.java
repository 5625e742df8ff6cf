package org.counterpart.screening.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.ConcurrentEditException;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.core.screening.Category;
import org.counterpart.core.screening.Decision;
import org.counterpart.core.screening.Dimension;
import org.counterpart.core.screening.Exploitation;
import org.counterpart.core.screening.Reason;
import org.counterpart.screening.Answers;
import org.counterpart.screening.NodeCatalogue;
import org.counterpart.screening.Referrals;
import org.counterpart.screening.Screenings;
import org.counterpart.screening.SecondStage;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screening pages: the first-line interview (saved as a draft as the answers come, also without
 * JavaScript), the recommendation with its explanation, the one-step referral to the second stage,
 * the team's assessments and decision, and referral to a facility.
 */
@Controller
@NodeOnly
class ScreeningPages {

  private final Screenings screenings;
  private final SecondStage secondStage;
  private final Referrals referrals;
  private final NodeCatalogue catalogue;
  private final MessageSource messages;

  ScreeningPages(
      Screenings screenings,
      SecondStage secondStage,
      Referrals referrals,
      NodeCatalogue catalogue,
      MessageSource messages) {
    this.screenings = screenings;
    this.secondStage = secondStage;
    this.referrals = referrals;
    this.catalogue = catalogue;
    this.messages = messages;
  }

  /**
   * The explanation in the user's language: indicators by their question, dimensions and strengths
   * by name.
   */
  List<String> explanation(Decision decision, Catalogue used, String language, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (Reason reason : decision.explanation()) {
      List<String> args = new ArrayList<>(reason.args());
      if (reason.code().startsWith("indicator.") && !args.isEmpty()) {
        args.set(
            0,
            used.indicator(args.getFirst()).map(i -> i.question(language)).orElse(args.getFirst()));
        if (reason.code().equals("indicator.counted") && args.size() == 3) {
          args.set(1, dimension(args.get(1), locale));
          args.set(2, message("screening.strength." + args.get(2), locale, args.get(2)));
        }
      }
      if (reason.code().startsWith("dimension.") && !args.isEmpty()) {
        args.set(0, dimension(args.getFirst(), locale));
        if (reason.code().equals("dimension.positive") && args.size() == 2) {
          args.set(1, message("screening.rule." + args.get(1), locale, args.get(1)));
        }
      }
      lines.add(
          messages.getMessage(
              "screening.reason." + reason.code(), args.toArray(), reason.english(), locale));
    }
    return lines;
  }

  private String dimension(String code, Locale locale) {
    return code + " (" + message("screening.dimension." + code, locale, code) + ")";
  }

  private String message(String key, Locale locale, String fallback) {
    return messages.getMessage(key, null, fallback, locale);
  }

  /** The catalogue's language tag for a UI locale. */
  static String languageTag(Locale locale) {
    String tag = locale.toLanguageTag();
    if (tag.startsWith("sr")) {
      return "Cyrl".equals(locale.getScript()) ? "sr-Cyrl" : "sr-Latn";
    }
    return Catalogue.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
  }

  @PostMapping("/cases/{reference}/screenings")
  String start(
      @PathVariable String reference,
      @RequestParam String pseudonym,
      Authentication who,
      RedirectAttributes redirect) {
    try {
      return "redirect:/screenings/" + screenings.start(reference, pseudonym, Actor.of(who));
    } catch (NotPermittedException e) {
      redirect.addFlashAttribute("workError", e.getMessage());
      return "redirect:/cases/" + reference;
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  /** An indicator on the form: id, strength for the profile and the question in the language. */
  record Item(String id, String adult, String child, String question) {}

  @GetMapping("/screenings/{id}")
  String view(@PathVariable String id, Authentication who, Locale locale, Model model) {
    Screenings.ScreeningView view;
    try {
      view = screenings.view(id, Actor.of(who));
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (NotPermittedException e) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    Catalogue used = catalogue.version(view.catalogueVersion());
    String language = languageTag(locale);
    Map<Dimension, List<Item>> items = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      items.put(d, new ArrayList<>());
    }
    used.indicators()
        .forEach(
            i ->
                items
                    .get(i.dimension())
                    .add(
                        new Item(
                            i.id(),
                            i.adult() == null ? "–" : i.adult().code(),
                            i.child() == null ? "–" : i.child().code(),
                            i.question(language))));
    Map<String, String> questions = new LinkedHashMap<>();
    used.questions().keySet().forEach(q -> questions.put(q, used.question(q, language)));
    model.addAttribute("s", view);
    model.addAttribute(
        "explanation",
        view.decision() == null ? List.of() : explanation(view.decision(), used, language, locale));
    model.addAttribute("a", view.answers());
    model.addAttribute("items", items);
    model.addAttribute("questions", questions);
    model.addAttribute("exploitations", Exploitation.values());
    model.addAttribute("categories", Category.values());
    model.addAttribute("professions", SecondStage.Profession.values());
    model.addAttribute("opinions", SecondStage.Opinion.values());
    model.addAttribute("outcomes", SecondStage.Outcome.values());
    model.addAttribute("secondStage", secondStage.view(id));
    model.addAttribute("referrals", referrals.ofScreening(id));
    String category =
        view.decision() == null || view.decision().categories().isEmpty()
            ? null
            : view.decision().categories().getFirst().id();
    model.addAttribute("facilities", referrals.facilities(null));
    model.addAttribute("suggestedCategory", category);
    model.addAttribute("user", who.getName());
    return "screening/screening";
  }

  @PostMapping("/screenings/{id}/draft")
  String draft(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "screening.draft-saved",
        () -> screenings.saveDraft(id, answers(form), Actor.of(who)));
  }

  @PostMapping("/screenings/{id}/decide")
  String decide(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "screening.decided",
        () -> {
          screenings.saveDraft(id, answers(form), Actor.of(who));
          screenings.decide(id, Actor.of(who));
        });
  }

  @PostMapping("/screenings/{id}/refer")
  String refer(
      @PathVariable String id,
      @RequestParam int version,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "screening.referred",
        () -> screenings.referToSecondStage(id, version, Actor.of(who)));
  }

  @PostMapping("/screenings/{id}/team")
  String team(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "second-stage.assigned",
        () -> {
          Map<String, SecondStage.Profession> members = new LinkedHashMap<>();
          for (int i = 0; i < 6; i++) {
            String username = form.getFirst("member" + i);
            String profession = form.getFirst("profession" + i);
            if (username != null && !username.isBlank() && profession != null) {
              members.put(username.strip(), SecondStage.Profession.valueOf(profession));
            }
          }
          String lead = form.getFirst("lead");
          secondStage.assign(id, lead == null ? "" : lead.strip(), members, Actor.of(who));
        });
  }

  @PostMapping("/screenings/{id}/assessments")
  String assess(
      @PathVariable String id,
      @RequestParam SecondStage.Opinion opinion,
      @RequestParam(required = false) @Nullable List<String> categories,
      @RequestParam(required = false) @Nullable String reasons,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "second-stage.assessed",
        () -> secondStage.assess(id, opinion, categories, reasons, Actor.of(who)));
  }

  @PostMapping("/screenings/{id}/team-decision")
  String teamDecision(
      @PathVariable String id,
      @RequestParam SecondStage.Outcome outcome,
      @RequestParam(required = false) @Nullable List<String> categories,
      @RequestParam(required = false) @Nullable String reasons,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "second-stage.decided",
        () -> secondStage.decide(id, outcome, categories, reasons, Actor.of(who)));
  }

  @PostMapping("/screenings/{id}/referrals")
  String refer(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String facility,
      @RequestParam(required = false) @Nullable String overrideReason,
      @RequestParam(required = false) @Nullable String destination,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "referral.proposed",
        () -> {
          if (destination != null && !destination.isBlank()) {
            referrals.prepareTransnational(id, destination.strip(), Actor.of(who));
          } else {
            referrals.propose(id, facility == null ? "" : facility, overrideReason, Actor.of(who));
          }
        });
  }

  @PostMapping("/screenings/{id}/referrals/{referral}/answer")
  String answer(
      @PathVariable String id,
      @PathVariable String referral,
      @RequestParam boolean accepted,
      @RequestParam(required = false) @Nullable String reason,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        accepted ? "referral.accepted" : "referral.refused",
        () -> referrals.answer(referral, accepted, reason, Actor.of(who)));
  }

  @PostMapping("/screenings/{id}/referrals/{referral}/arrival")
  String arrival(
      @PathVariable String id,
      @PathVariable String referral,
      Authentication who,
      RedirectAttributes redirect) {
    return act(id, redirect, "referral.arrived", () -> referrals.arrived(referral, Actor.of(who)));
  }

  @GetMapping("/screenings")
  String list(@RequestParam("case") String reference, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("screenings", screenings.ofCase(reference));
    return "screening/list";
  }

  @GetMapping("/second-stage")
  String secondStageList(Authentication who, Model model) {
    model.addAttribute("due", secondStage.dueFor(Actor.of(who)));
    return "screening/second-stage";
  }

  private String act(String id, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", done);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "errors",
          e.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
    } catch (NotPermittedException e) {
      redirect.addFlashAttribute("errors", List.of(new FieldProblem("", e.getMessage())));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("errors", List.of(new FieldProblem("", "cases.concurrent-edit")));
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/screenings/" + id;
  }

  /** The interview form's fields as answers; a malformed age is refused by name. */
  static Answers answers(MultiValueMap<String, String> form) {
    Integer age = null;
    String ageText = form.getFirst("age");
    if (ageText != null && !ageText.isBlank()) {
      try {
        age = Integer.valueOf(ageText.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("age", "validation.number");
      }
    }
    String accompanied = form.getFirst("accompanied");
    return new Answers(
        age,
        checked(form, "ageAssessed"),
        "yes".equals(accompanied) ? Boolean.TRUE : "no".equals(accompanied) ? Boolean.FALSE : null,
        blankToNull(form.getFirst("exploitation")),
        checked(form, "actOfTrafficking"),
        form.getOrDefault("indicators", List.of()),
        checked(form, "facilitatorPaid"),
        checked(form, "irregularEntry"),
        checked(form, "asksProtection"),
        blankToNull(form.getFirst("extremismFlagReason")),
        checked(form, "interpreterUsed"),
        blankToNull(form.getFirst("interviewLanguage")));
  }

  private static boolean checked(MultiValueMap<String, String> form, String name) {
    return "on".equals(form.getFirst(name)) || "true".equals(form.getFirst(name));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
