package org.counterpart.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.cases.Vocabulary;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
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
 * The national contact point's inbox and outbox (the only door for cross-border messages), the
 * composer officers draft in, and the message page where the contact point sends a draft.
 */
@Controller
@NodeOnly
class ContactPointInbox {

  static final String[] WRITERS = {
    "FIRST_LINE_OFFICER", "SCREENING_TEAM_MEMBER", "CONTACT_POINT", "PROSECUTOR"
  };

  private final Messages messages;
  private final DeadlineWatch deadlines;
  private final LetterOfRequest letters;
  private final MessageAttachments attachments;
  private final org.springframework.context.MessageSource texts;
  private final Clock clock;

  ContactPointInbox(
      Messages messages,
      DeadlineWatch deadlines,
      LetterOfRequest letters,
      MessageAttachments attachments,
      org.springframework.context.MessageSource texts,
      Clock clock) {
    this.attachments = attachments;
    this.texts = texts;
    this.messages = messages;
    this.deadlines = deadlines;
    this.letters = letters;
    this.clock = clock;
  }

  @GetMapping("/messages")
  String thread(@RequestParam("case") String caseReference, Authentication who, Model model) {
    model.addAttribute("caseReference", caseReference);
    model.addAttribute("thread", messages.thread(caseReference, Actor.of(who)));
    return "exchange/thread";
  }

  @GetMapping("/messages/{id}/letter.pdf")
  org.springframework.http.ResponseEntity<byte[]> letter(
      @PathVariable String id, Authentication who, java.util.Locale locale) {
    try {
      return org.springframework.http.ResponseEntity.ok()
          .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
          .header(
              org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
              "inline; filename=\"letter-of-request-" + id + ".pdf\"")
          .body(letters.pdf(id, Actor.of(who), locale));
    } catch (CaseNotFoundException | InvalidInputException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (NotPermittedException e) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }

  @GetMapping("/exchange/overdue")
  String overdue(Model model) {
    model.addAttribute("overdue", deadlines.escalated());
    return "exchange/overdue";
  }

  @PostMapping("/messages/{id}/forward")
  String forward(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String country,
      Authentication who,
      RedirectAttributes redirect) {
    try {
      String draft = messages.forward(id, country == null ? "" : country, Actor.of(who));
      return "redirect:/messages/" + draft + "?drafted";
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.problems().getFirst().message());
    } catch (NotPermittedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/messages/" + id;
  }

  @PostMapping("/messages/{id}/answer")
  String answer(
      @PathVariable String id,
      @RequestParam boolean accepted,
      @RequestParam(required = false) @Nullable String reason,
      Authentication who,
      RedirectAttributes redirect) {
    try {
      messages.answer(id, accepted, reason, Actor.of(who));
      redirect.addFlashAttribute("notice", accepted ? "exchange.accepted" : "exchange.refused");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.problems().getFirst().message());
    } catch (NotPermittedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/messages/" + id;
  }

  @PostMapping("/messages/{id}/permission")
  String permission(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @Nullable String reference,
      Authentication who,
      RedirectAttributes redirect) {
    try {
      messages.recordPermission(
          id, country == null ? "" : country, reference == null ? "" : reference, Actor.of(who));
      redirect.addFlashAttribute("notice", "exchange.permission-recorded");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.problems().getFirst().message());
    } catch (NotPermittedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/messages/" + id;
  }

  @GetMapping("/contact-point")
  String inbox(
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "false") boolean overdue,
      Authentication who,
      Model model) {
    Actor actor = Actor.of(who);
    var filter = new Messages.Filter(country, parse(MessageType.class, type), status, q, overdue);
    var inbox = messages.box("IN", filter, actor);
    var outbox = messages.box("OUT", filter, actor);
    model.addAttribute("filter", filter);
    model.addAttribute("countries", Vocabulary.COUNTRIES.stream().sorted().toList());
    model.addAttribute("types", MessageType.values());
    Instant now = clock.instant();
    Map<String, String> deadlineClasses = new java.util.HashMap<>();
    for (var m : inbox) {
      deadlineClasses.put(m.id(), deadlineClass(m.deadline(), now));
    }
    for (var m : outbox) {
      deadlineClasses.put(m.id(), deadlineClass(m.deadline(), now));
    }
    model.addAttribute("inbox", inbox);
    model.addAttribute("outbox", outbox);
    model.addAttribute("deadlines", deadlineClasses);
    model.addAttribute("escalated", this.deadlines.escalated());
    return "exchange/inbox";
  }

  /** Deadline colour: overdue, due within a quarter of its span or 8 hours, or in time. */
  static String deadlineClass(@Nullable Instant deadline, Instant now) {
    if (deadline == null) {
      return "";
    }
    if (deadline.isBefore(now)) {
      return "overdue";
    }
    return Duration.between(now, deadline).compareTo(Duration.ofHours(8)) < 0
        ? "due-soon"
        : "in-time";
  }

  @GetMapping("/messages/new")
  String compose(
      @RequestParam(required = false) @Nullable String caseReference,
      @RequestParam(required = false) @Nullable String inReplyTo,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String subject,
      @RequestParam(required = false) @Nullable String body,
      Model model) {
    Map<String, String> values = new java.util.HashMap<>();
    values.put("caseReference", caseReference == null ? "" : caseReference);
    values.put("inReplyTo", inReplyTo == null ? "" : inReplyTo);
    values.put("recipient", to == null ? "" : to);
    // A hit follow-up arrives pre-filled from the hit/no-hit page; the officer reviews it.
    String defaultType = inReplyTo == null ? "INFORMATION_REQUEST" : "REPLY";
    values.put(
        "type",
        type != null
                && java.util.Arrays.stream(MessageType.values())
                    .anyMatch(t -> t.name().equals(type))
            ? type
            : defaultType);
    values.put("subject", subject == null ? "" : subject);
    values.put("body", body == null ? "" : body);
    return composer(model, values, Map.of());
  }

  @PostMapping("/messages/new")
  String draft(@RequestParam MultiValueMap<String, String> form, Authentication who, Model model) {
    Map<String, String> values = form.toSingleValueMap();
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    try {
      String id =
          messages.draft(
              new Messages.Draft(
                  values.get("recipient"),
                  parse(MessageType.class, values.get("type")),
                  parse(Urgency.class, values.get("urgency")),
                  values.get("handlingCode"),
                  values.get("handlingText"),
                  values.get("sourceCode"),
                  values.get("informationCode"),
                  values.get("subject"),
                  values.get("body"),
                  values.get("caseReference"),
                  values.get("inReplyTo"),
                  subject(values)),
              Actor.of(who));
      return "redirect:/messages/" + id + "?drafted";
    } catch (InvalidInputException e) {
      for (FieldProblem p : e.problems()) {
        errors.putIfAbsent(p.field(), p.message());
      }
    } catch (NotPermittedException e) {
      errors.put("", e.getMessage());
    }
    return composer(model, values, errors);
  }

  /** The person the request is about, when the officer named one. */
  private static @Nullable Subject subject(Map<String, String> values) {
    java.time.LocalDate born = null;
    String date = values.get("subjectBirthDate");
    if (date != null && !date.isBlank()) {
      try {
        born = java.time.LocalDate.parse(date.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new InvalidInputException("subject.birthDate", "validation.date");
      }
    }
    var subject =
        new Subject(
            blank(values.get("subjectName")),
            born,
            blank(values.get("subjectPhone")),
            blank(values.get("subjectDocument")));
    return subject.empty() ? null : subject;
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String composer(Model model, Map<String, String> values, Map<String, String> errors) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("countries", Vocabulary.COUNTRIES.stream().sorted().toList());
    model.addAttribute("types", MessageType.values());
    model.addAttribute("urgencies", Urgency.values());
    return "exchange/compose";
  }

  @GetMapping("/messages/{id}")
  String view(@PathVariable String id, Authentication who, Model model) {
    try {
      model.addAttribute("m", messages.read(id, Actor.of(who)));
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (NotPermittedException e) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    boolean contactPoint = Actor.of(who).has(org.counterpart.identity.UserRole.CONTACT_POINT);
    model.addAttribute("contactPoint", contactPoint);
    model.addAttribute("attachments", attachments.list(id));
    model.addAttribute(
        "crossCheck", contactPoint ? messages.crossCheck(id, Actor.of(who)) : List.of());
    return "exchange/message";
  }

  @PostMapping("/messages/{id}/attachments")
  String attach(
      @PathVariable String id,
      @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
      Authentication who,
      RedirectAttributes redirect)
      throws java.io.IOException {
    try {
      attachments.attach(
          id,
          file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
          file.getBytes(),
          Actor.of(who));
      redirect.addFlashAttribute("notice", "exchange.attached");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.problems().getFirst().message());
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (NotPermittedException e) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return "redirect:/messages/" + id;
  }

  @GetMapping("/messages/{id}/attachments/{attachment}")
  org.springframework.http.ResponseEntity<byte[]> exportAttachment(
      @PathVariable String id,
      @PathVariable String attachment,
      Authentication who,
      java.util.Locale locale) {
    try {
      var file =
          attachments.export(
              id,
              attachment,
              Actor.of(who),
              texts.getMessage("exchange.handling.H1-stamp", null, locale));
      return org.springframework.http.ResponseEntity.ok()
          .contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
          .header(
              org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
              org.springframework.http.ContentDisposition.attachment()
                  .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .header("X-Content-Type-Options", "nosniff")
          .body(file.content());
    } catch (InvalidInputException e) {
      return org.springframework.http.ResponseEntity.unprocessableContent()
          .contentType(
              new org.springframework.http.MediaType(
                  "text", "plain", java.nio.charset.StandardCharsets.UTF_8))
          .body(
              texts
                  .getMessage(e.problems().getFirst().message(), null, locale)
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (NotPermittedException e) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }

  @PostMapping("/messages/{id}/send")
  String send(@PathVariable String id, Authentication who, RedirectAttributes redirect) {
    try {
      messages.send(id, Actor.of(who));
      redirect.addFlashAttribute("notice", "exchange.queued");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.problems().getFirst().message());
    } catch (NotPermittedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/messages/" + id;
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    try {
      return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Bean
  static AccessRules contactPointAccess() {
    return requests ->
        requests
            .requestMatchers("/contact-point", "/contact-point/**")
            .hasRole("CONTACT_POINT")
            .requestMatchers("/exchange/overdue")
            .hasAnyRole("CONTACT_POINT", "NODE_ADMIN")
            .requestMatchers("/messages/**", "/api/v1/messages", "/api/v1/messages/**")
            .hasAnyRole(WRITERS);
  }

  @Bean
  static DashboardTile contactPointTile() {
    return new DashboardTile(
        "contact-point.title",
        "contact-point.description",
        "/contact-point",
        Set.of("ROLE_CONTACT_POINT"),
        20);
  }

  @Bean
  static DashboardTile overdueTile() {
    return new DashboardTile(
        "exchange.overdue",
        "exchange.overdue-description",
        "/exchange/overdue",
        Set.of("ROLE_NODE_ADMIN", "ROLE_CONTACT_POINT"),
        22);
  }

  @Bean
  static DashboardTile composeTile() {
    return new DashboardTile(
        "exchange.compose",
        "exchange.compose-description",
        "/messages/new",
        Set.of("ROLE_FIRST_LINE_OFFICER", "ROLE_SCREENING_TEAM_MEMBER", "ROLE_PROSECUTOR"),
        21);
  }
}
