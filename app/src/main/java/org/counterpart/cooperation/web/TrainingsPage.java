package org.counterpart.cooperation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.cooperation.Certificates;
import org.counterpart.cooperation.Forms;
import org.counterpart.cooperation.Participant;
import org.counterpart.cooperation.Region;
import org.counterpart.cooperation.Training;
import org.counterpart.cooperation.Trainings;
import org.counterpart.directory.RegionalRecords.Held;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Joint training: the courses, planning one, participants, attendance and certificates. */
@Controller
@NodeOnly
class TrainingsPage {

  private final Trainings trainings;
  private final Participants participants;
  private final Certificates certificates;

  TrainingsPage(Trainings trainings, Participants participants, Certificates certificates) {
    this.trainings = trainings;
    this.participants = participants;
    this.certificates = certificates;
  }

  @GetMapping("/trainings")
  String list(Authentication who, Model model) {
    model.addAttribute("trainings", trainings.all());
    model.addAttribute("organiser", Pages.organiser(who));
    model.addAttribute("times", Times.REGION);
    return "cooperation/trainings";
  }

  @GetMapping("/trainings/new")
  String blank(Model model) {
    return form(model, Map.of(), List.of(), Map.of());
  }

  @PostMapping("/trainings/new")
  String plan(@RequestParam MultiValueMap<String, String> form, Authentication who, Model model) {
    var values = Pages.values(form);
    List<String> indicators = form.getOrDefault("indicators", List.of());
    try {
      UUID id = trainings.plan(trainingForm(values, indicators), who.getName());
      return "redirect:/trainings/" + id;
    } catch (InvalidInputException e) {
      return form(model, values, indicators, Pages.of(e));
    }
  }

  private String form(
      Model model, Map<String, String> values, List<String> chosen, Map<String, String> errors) {
    model.addAttribute("values", values);
    model.addAttribute("chosen", chosen);
    model.addAttribute("errors", errors);
    model.addAttribute("indicators", trainings.indicators());
    model.addAttribute("language", LocaleContextHolder.getLocale().toLanguageTag());
    return "cooperation/training-new";
  }

  @GetMapping("/trainings/{id}")
  String page(@PathVariable UUID id, Authentication who, Model model) {
    return show(id, who, model, Map.of(), Map.of());
  }

  @PostMapping("/trainings/{id}/participants")
  String invite(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      Model model) {
    var values = Pages.values(form);
    return act(
        id,
        who,
        model,
        values,
        () -> trainings.invite(id, Participants.form(values), who.getName()));
  }

  @PostMapping("/trainings/{id}/attendance")
  String attendance(
      @PathVariable UUID id,
      @RequestParam(name = "attended", required = false) List<String> attended,
      Authentication who,
      Model model) {
    List<String> present = attended == null ? List.of() : attended;
    return act(id, who, model, Map.of(), () -> trainings.attendance(id, present, who.getName()));
  }

  private String act(
      UUID id, Authentication who, Model model, Map<String, String> values, Runnable action) {
    try {
      action.run();
      return "redirect:/trainings/" + id;
    } catch (InvalidInputException e) {
      return show(id, who, model, values, Pages.of(e));
    } catch (Trainings.TrainingNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private String show(
      UUID id,
      Authentication who,
      Model model,
      Map<String, String> values,
      Map<String, String> errors) {
    Held<Training> held = held(id);
    boolean organiser = Pages.organiser(who) && held.country().equals(trainings.country());
    model.addAttribute("training", held);
    model.addAttribute("t", held.value());
    model.addAttribute("organiser", organiser);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("times", Times.REGION);
    model.addAttribute("candidates", organiser ? participants.candidates() : List.of());
    model.addAttribute("countries", Region.COUNTRIES);
    return "cooperation/training";
  }

  @GetMapping("/trainings/{id}/certificates/{participant}.pdf")
  ResponseEntity<byte[]> certificate(@PathVariable UUID id, @PathVariable UUID participant) {
    Held<Training> held = held(id);
    Participant p =
        held.value()
            .participant(participant)
            .filter(x -> held.value().attendedBy(x.id()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    byte[] pdf = certificates.pdf(held.value(), held.country(), p, LocaleContextHolder.getLocale());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("certificate-" + participant + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  private Held<Training> held(UUID id) {
    return trainings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Forms.TrainingForm trainingForm(
      Map<String, String> values, List<String> indicators) {
    return new Forms.TrainingForm(
        values.get("title"),
        values.get("start"),
        values.get("end"),
        values.get("place"),
        indicators,
        values.get("trends"));
  }
}
