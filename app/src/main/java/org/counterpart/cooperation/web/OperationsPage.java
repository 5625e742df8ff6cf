package org.counterpart.cooperation.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.cooperation.Forms;
import org.counterpart.cooperation.JointOperation;
import org.counterpart.cooperation.OperationKind;
import org.counterpart.cooperation.Operations;
import org.counterpart.cooperation.Region;
import org.counterpart.cooperation.TimelineEventKind;
import org.counterpart.directory.RegionalRecords.Held;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
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

/** Joint operations: the list, planning one, and its page with the timeline of every country. */
@Controller
@NodeOnly
class OperationsPage {

  private final Operations operations;
  private final java.time.Clock clock;

  OperationsPage(Operations operations, java.time.Clock clock) {
    this.operations = operations;
    this.clock = clock;
  }

  @GetMapping("/operations")
  String list(Authentication who, Model model) {
    model.addAttribute("operations", operations.all());
    model.addAttribute("organiser", Pages.organiser(who));
    model.addAttribute("times", Times.REGION);
    return "cooperation/operations";
  }

  @GetMapping("/operations/new")
  String blank(Model model) {
    return form(
        model, Map.of("kind", OperationKind.JOINT_PATROL.name()), List.of(), Map.of(), null);
  }

  @PostMapping("/operations/new")
  String plan(@RequestParam MultiValueMap<String, String> form, Authentication who, Model model) {
    var values = Pages.values(form);
    List<String> countries = form.getOrDefault("countries", List.of());
    try {
      UUID id = operations.plan(operationForm(values, countries), who.getName());
      return "redirect:/operations/" + id;
    } catch (InvalidInputException e) {
      return form(model, values, countries, Pages.of(e), null);
    }
  }

  @PostMapping("/operations/{id}")
  String change(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      Model model) {
    var values = Pages.values(form);
    List<String> countries = form.getOrDefault("countries", List.of());
    try {
      operations.change(id, operationForm(values, countries), who.getName());
      return "redirect:/operations/" + id;
    } catch (InvalidInputException e) {
      return form(model, values, countries, Pages.of(e), id);
    } catch (Operations.OperationNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private String form(
      Model model,
      Map<String, String> values,
      List<String> chosen,
      Map<String, String> errors,
      @org.jspecify.annotations.Nullable UUID id) {
    model.addAttribute("values", values);
    model.addAttribute("chosen", chosen);
    model.addAttribute("errors", errors);
    model.addAttribute("id", id);
    model.addAttribute("kinds", OperationKind.values());
    model.addAttribute("countries", Region.COUNTRIES);
    model.addAttribute("here", operations.country());
    model.addAttribute("centres", operations.centres());
    return "cooperation/operation-form";
  }

  @GetMapping("/operations/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    JointOperation o = held(id).value();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("kind", o.kind().name());
    values.put("title", o.title());
    values.put("centre", o.centre() == null ? "" : o.centre().toString());
    values.put("borderSection", o.borderSection());
    values.put("units", String.join("\n", o.units()));
    values.put("start", Times.REGION.input(o.start()));
    values.put("end", Times.REGION.input(o.end()));
    values.put("plan", o.plan());
    return form(model, values, o.countries(), Map.of(), id);
  }

  @GetMapping("/operations/{id}")
  String page(@PathVariable UUID id, Authentication who, Model model) {
    return show(id, who, model, Map.of(), Map.of());
  }

  @PostMapping("/operations/{id}/timeline")
  String log(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      Model model) {
    var values = Pages.values(form);
    try {
      operations.log(
          id,
          new Forms.EventForm(
              values.get("kind"), values.get("at"), values.get("unit"), values.get("note")),
          who.getName());
      return "redirect:/operations/" + id + "#timeline";
    } catch (InvalidInputException e) {
      return show(id, who, model, values, Pages.of(e));
    } catch (Operations.OperationNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private String show(
      UUID id,
      Authentication who,
      Model model,
      Map<String, String> values,
      Map<String, String> errors) {
    Held<JointOperation> held = held(id);
    String here = operations.country();
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put("at", Times.REGION.input(Instant.now(clock)));
    shown.putAll(values);
    model.addAttribute("operation", held);
    model.addAttribute("o", held.value());
    model.addAttribute("timeline", operations.timeline(id));
    model.addAttribute("organiser", Pages.organiser(who) && held.country().equals(here));
    model.addAttribute(
        "logger",
        held.value().countries().contains(here) && Pages.has(who, CooperationAccess.LOGGERS));
    model.addAttribute("eventKinds", TimelineEventKind.values());
    model.addAttribute("values", shown);
    model.addAttribute("errors", errors);
    model.addAttribute("times", Times.REGION);
    return "cooperation/operation";
  }

  private Held<JointOperation> held(UUID id) {
    return operations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Forms.OperationForm operationForm(
      Map<String, String> values, List<String> countries) {
    return new Forms.OperationForm(
        values.get("kind"),
        values.get("title"),
        values.get("centre"),
        values.get("borderSection"),
        countries,
        values.get("units"),
        values.get("start"),
        values.get("end"),
        values.get("plan"));
  }
}
