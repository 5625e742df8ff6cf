package org.counterpart.cooperation.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.counterpart.cooperation.Forms;
import org.counterpart.cooperation.Invitation;
import org.counterpart.cooperation.Meeting;
import org.counterpart.cooperation.MeetingKind;
import org.counterpart.cooperation.Meetings;
import org.counterpart.directory.RegionalRecords.Held;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Meetings: the list, calling one, and its page (participants, agenda, minutes, decisions and
 * follow-ups), with its invitation as a calendar file and as pre-filled messages to each country.
 */
@Controller
@NodeOnly
class MeetingsPage {

  private final Meetings meetings;
  private final Participants participants;
  private final MessageSource messages;

  MeetingsPage(Meetings meetings, Participants participants, MessageSource messages) {
    this.meetings = meetings;
    this.participants = participants;
    this.messages = messages;
  }

  @GetMapping("/meetings")
  String list(Authentication who, Model model) {
    model.addAttribute("meetings", meetings.all());
    model.addAttribute("organiser", Pages.organiser(who));
    model.addAttribute("times", Times.REGION);
    return "cooperation/meetings";
  }

  @GetMapping("/meetings/new")
  String blank(Model model) {
    return form(model, Map.of("kind", MeetingKind.REGULAR.name()), Map.of());
  }

  @PostMapping("/meetings/new")
  String call(@RequestParam MultiValueMap<String, String> form, Authentication who, Model model) {
    var values = Pages.values(form);
    try {
      UUID id = meetings.call(meetingForm(values), who.getName());
      return "redirect:/meetings/" + id;
    } catch (InvalidInputException e) {
      return form(model, values, Pages.of(e));
    }
  }

  private String form(Model model, Map<String, String> values, Map<String, String> errors) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", MeetingKind.values());
    return "cooperation/meeting-new";
  }

  @GetMapping("/meetings/{id}")
  String page(@PathVariable UUID id, Authentication who, Model model) {
    return show(id, who, model, Map.of(), Map.of());
  }

  @PostMapping("/meetings/{id}")
  String change(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      Model model) {
    var values = Pages.values(form);
    return act(
        id, who, model, values, () -> meetings.change(id, meetingForm(values), who.getName()));
  }

  @PostMapping("/meetings/{id}/participants")
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
        () -> meetings.invite(id, Participants.form(values), who.getName()));
  }

  @PostMapping("/meetings/{id}/decisions")
  String decide(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      Model model) {
    var values = Pages.values(form);
    var decision =
        new Forms.DecisionForm(
            values.get("text"), values.get("caseReference"), values.get("owner"));
    return act(id, who, model, values, () -> meetings.decide(id, decision, who.getName()));
  }

  @PostMapping("/meetings/{id}/decisions/{decision}/follow-ups")
  String assign(
      @PathVariable UUID id,
      @PathVariable UUID decision,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      Model model) {
    var values = Pages.values(form);
    values.put("decision", decision.toString());
    var followUp =
        new Forms.FollowUpForm(values.get("action"), values.get("owner"), values.get("due"));
    return act(
        id, who, model, values, () -> meetings.assign(id, decision, followUp, who.getName()));
  }

  @PostMapping("/meetings/{id}/follow-ups/{followUp}/status")
  String complete(
      @PathVariable UUID id,
      @PathVariable UUID followUp,
      @RequestParam boolean done,
      Authentication who,
      Model model) {
    return act(
        id, who, model, Map.of(), () -> meetings.complete(id, followUp, done, who.getName()));
  }

  private String act(
      UUID id, Authentication who, Model model, Map<String, String> values, Runnable action) {
    try {
      action.run();
      return "redirect:/meetings/" + id;
    } catch (InvalidInputException e) {
      return show(id, who, model, values, Pages.of(e));
    } catch (Meetings.MeetingNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private String show(
      UUID id,
      Authentication who,
      Model model,
      Map<String, String> values,
      Map<String, String> errors) {
    Held<Meeting> held = held(id);
    boolean organiser = Pages.organiser(who) && held.country().equals(meetings.country());
    model.addAttribute("meeting", held);
    model.addAttribute("m", held.value());
    model.addAttribute("statuses", meetings.statuses(held));
    model.addAttribute("organiser", organiser);
    model.addAttribute("values", withMeeting(held.value(), values));
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", MeetingKind.values());
    model.addAttribute("times", Times.REGION);
    model.addAttribute("here", meetings.country());
    model.addAttribute("mine", mine(held, participants.email(who)));
    model.addAttribute("names", names(held.value()));
    model.addAttribute("candidates", organiser ? participants.candidates() : java.util.List.of());
    model.addAttribute("countries", org.counterpart.cooperation.Region.COUNTRIES);
    // The composer is the contact point's: a node administrator organises but does not write.
    model.addAttribute(
        "invitations", organiser && Pages.has(who, "CONTACT_POINT") ? invitations(held) : Map.of());
    return "cooperation/meeting";
  }

  /** The meeting's own values for its form, under what the official just sent. */
  private static Map<String, String> withMeeting(Meeting m, Map<String, String> sent) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("kind", m.kind().name());
    values.put("title", m.title());
    values.put("start", Times.REGION.input(m.start()));
    values.put("end", Times.REGION.input(m.end()));
    values.put("place", m.place());
    values.put("agenda", String.join("\n", m.agenda()));
    values.put("minutes", m.minutes());
    values.putAll(sent);
    return values;
  }

  /** The follow-ups the signed-in official owns, which they may mark done. */
  private java.util.Set<UUID> mine(Held<Meeting> held, @Nullable String email) {
    Meeting m = held.value();
    return m.followUps().stream()
        .map(Meeting.Assigned::followUp)
        .filter(
            f -> m.participant(f.owner()).filter(p -> p.is(email, meetings.country())).isPresent())
        .map(org.counterpart.cooperation.FollowUp::id)
        .collect(java.util.stream.Collectors.toSet());
  }

  static Map<UUID, String> names(Meeting m) {
    Map<UUID, String> names = new LinkedHashMap<>();
    m.participants().forEach(p -> names.put(p.id(), p.name() + " (" + p.country() + ")"));
    return names;
  }

  @GetMapping("/meetings/{id}/invitation.ics")
  ResponseEntity<byte[]> invitation(@PathVariable UUID id) {
    Held<Meeting> held = held(id);
    String ics =
        Invitation.ics(held.id(), held.country(), held.version(), held.updatedAt(), held.value());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("invitation.ics").build().toString())
        .body(ics.getBytes(StandardCharsets.UTF_8));
  }

  /** The composer, pre-filled with the invitation, for each other country taking part. */
  private Map<String, String> invitations(Held<Meeting> held) {
    var locale = LocaleContextHolder.getLocale();
    Meeting m = held.value();
    String when = Times.REGION.show(m.start());
    String subject =
        messages.getMessage(
            "cooperation.invitation.subject", new Object[] {m.title(), when}, locale);
    String body =
        messages.getMessage(
            "cooperation.invitation.body",
            new Object[] {
              m.title(), when, Times.REGION.show(m.end()), m.place(), String.join("\n", m.agenda())
            },
            locale);
    Map<String, String> links = new LinkedHashMap<>();
    for (String country : m.audience(held.country())) {
      if (!country.equals(meetings.country())) {
        links.put(
            country,
            UriComponentsBuilder.fromPath("/messages/new")
                .queryParam("to", country)
                .queryParam("type", "JOINT_OPERATION_REQUEST")
                .queryParam("subject", subject)
                .queryParam("body", body)
                .encode()
                .build()
                .toUriString());
      }
    }
    return links;
  }

  private Held<Meeting> held(UUID id) {
    return meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Forms.MeetingForm meetingForm(Map<String, String> values) {
    return new Forms.MeetingForm(
        values.get("kind"),
        values.get("title"),
        values.get("start"),
        values.get("end"),
        values.get("place"),
        values.get("agenda"),
        values.get("minutes"));
  }
}
