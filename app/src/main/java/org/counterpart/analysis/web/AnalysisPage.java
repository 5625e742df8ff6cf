package org.counterpart.analysis.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.counterpart.analysis.risk.JointCounts;
import org.counterpart.analysis.risk.Narratives;
import org.counterpart.analysis.risk.RiskAnalysis;
import org.counterpart.analysis.risk.RiskReports;
import org.counterpart.core.analysis.Period;
import org.counterpart.system.HubOnly;
import org.counterpart.system.Languages;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The analyst's dashboard: a span of quarters, the trends found in it, a chart and a table per
 * dimension (each table as CSV), the narrative sections, and the report as PDF.
 */
@Controller
@HubOnly
class AnalysisPage {

  private final RiskReports reports;
  private final JointCounts counts;
  private final MessageSource messages;
  private final Clock clock;

  AnalysisPage(RiskReports reports, JointCounts counts, MessageSource messages, Clock clock) {
    this.reports = reports;
    this.counts = counts;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/analysis")
  String page(
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String language,
      Model model) {
    String lang =
        RiskReports.language(
            language == null ? LocaleContextHolder.getLocale().toLanguageTag() : language);
    model.addAttribute("language", lang);
    model.addAttribute("languages", Languages.TAGS);
    model.addAttribute("sections", Narratives.SECTIONS);
    Period[] span;
    try {
      span = span(from, to);
    } catch (IllegalArgumentException e) {
      model.addAttribute("from", from);
      model.addAttribute("to", to);
      model.addAttribute("invalid", true);
      return "analysis/analysis";
    }
    RiskAnalysis.Result result = reports.analysis().analyse(span[0], span[1]);
    model.addAttribute("from", span[0].toString());
    model.addAttribute("to", span[1].toString());
    model.addAttribute("result", result);
    model.addAttribute("k", result.disclosure().k());
    model.addAttribute("narratives", reports.narratives().of(span[0], span[1], lang));
    model.addAttribute("trends", reports.trends(result, LocaleContextHolder.getLocale()));
    model.addAttribute("charted", RiskReports.charted());
    return "analysis/analysis";
  }

  @GetMapping("/analysis/tables/{name}.csv")
  ResponseEntity<String> csv(
      @PathVariable String name,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to) {
    Period[] span = spanOrBadRequest(from, to);
    var result = reports.analysis().analyse(span[0], span[1]);
    var table = result.table(name);
    if (table == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name + "-" + span[0] + "-" + span[1] + ".csv")
                .build()
                .toString())
        .body(TableCsv.of(table, result.disclosure().k()));
  }

  @GetMapping("/analysis/charts/{name}.png")
  ResponseEntity<byte[]> chart(
      @PathVariable String name,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      Locale locale) {
    Period[] span = spanOrBadRequest(from, to);
    var table = reports.analysis().analyse(span[0], span[1]).table(name);
    if (table == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    String title = messages.getMessage("analysis.dimension." + table.dimension(), null, locale);
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(reports.chart(table, title));
  }

  @GetMapping("/analysis/report.pdf")
  ResponseEntity<byte[]> report(
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(defaultValue = "en") String language) {
    Period[] span = spanOrBadRequest(from, to);
    String lang = RiskReports.language(language);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("risk-analysis-" + span[0] + "-" + span[1] + "-" + lang + ".pdf")
                .build()
                .toString())
        .body(reports.pdf(span[0], span[1], lang));
  }

  @PostMapping("/analysis/narratives")
  String write(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam String language,
      @RequestParam String section,
      @RequestParam String body,
      Authentication who,
      RedirectAttributes redirect) {
    Period[] span = spanOrBadRequest(from, to);
    if (!Narratives.SECTIONS.contains(section) || body.length() > 20_000) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "section or body");
    }
    String lang = RiskReports.language(language);
    reports.narratives().write(span[0], span[1], lang, section, body, who.getName());
    redirect.addFlashAttribute("saved", true);
    return "redirect:"
        + UriComponentsBuilder.fromPath("/analysis")
            .queryParam("from", span[0])
            .queryParam("to", span[1])
            .queryParam("language", lang)
            .build()
            .toUriString();
  }

  /** The span asked, or the four quarters up to the latest with records (or the last ended). */
  private Period[] span(@Nullable String from, @Nullable String to) {
    Period last =
        to != null && !to.isBlank()
            ? Period.parse(to)
            : counts
                .latest()
                .orElseGet(() -> lastEnded(LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    Period first;
    if (from != null && !from.isBlank()) {
      first = Period.parse(from);
    } else {
      first = last;
      for (int i = 0; i < 3; i++) {
        first = first.previous();
      }
    }
    if (first.compareTo(last) > 0 || Period.range(first, last).size() > 40) {
      throw new IllegalArgumentException("span " + first + " " + last);
    }
    return new Period[] {first, last};
  }

  private Period[] spanOrBadRequest(@Nullable String from, @Nullable String to) {
    try {
      return span(from, to);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          messages.getMessage("analysis.invalid-period", null, LocaleContextHolder.getLocale()));
    }
  }

  private static Period lastEnded(LocalDate today) {
    return new Period(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).previous();
  }
}
