package org.counterpart.analysis.risk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.counterpart.core.analysis.Dimension;
import org.counterpart.core.analysis.Period;
import org.counterpart.core.analysis.Trends;
import org.counterpart.system.PdfText;
import org.springframework.context.MessageSource;

/**
 * The joint risk analysis report in CIRAM's shape: context; threat (magnitude and likelihood);
 * vulnerability; impact; outlook and mitigating actions; statistical annex with charts and tables.
 * The narrative sections are the analysts' own text; the threat section adds the trends found.
 */
final class ReportPdf {

  /** The dimensions charted in the annex (every dimension gets a table). */
  static final Set<Dimension> CHARTED =
      Set.of(
          Dimension.CASE_TYPE,
          Dimension.CITIZENSHIP,
          Dimension.ROUTE,
          Dimension.EXPLOITATION,
          Dimension.TRANSPORT,
          Dimension.AGE);

  private final MessageSource messages;
  private final Locale locale;

  ReportPdf(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  byte[] render(RiskAnalysis.Result result, Map<String, String> narratives) {
    String span = result.from() + " – " + result.to();
    try (var pdf =
        new PdfText(
            text("analysis.report.title") + " " + span,
            locale.toLanguageTag(),
            "Counterpart · " + text("analysis.report.title") + " " + span)) {
      pdf.title(text("analysis.report.title") + " " + span);
      pdf.paragraph(text("analysis.report.disclosure", result.disclosure().k(), epsilon(result)));
      for (String section : Narratives.SECTIONS) {
        pdf.heading(text("analysis.section." + section));
        String body = narratives.get(section);
        for (String paragraph :
            (body == null ? text("analysis.narrative.missing") : body).split("\\n\\s*\\n")) {
          pdf.paragraph(paragraph);
        }
        if (section.equals("threat")) {
          pdf.paragraph(text("analysis.trends"));
          List<String> trends = trends(result);
          if (trends.isEmpty()) {
            pdf.bullet(text("analysis.trends.none"));
          }
          trends.forEach(pdf::bullet);
        }
      }
      pdf.heading(text("analysis.section.annex"));
      pdf.paragraph(text("analysis.annex.tests"));
      for (var table : result.quarterly()) {
        String title = text("analysis.dimension." + table.dimension());
        pdf.heading(title);
        if (CHARTED.contains(table.dimension()) && !table.rows().isEmpty()) {
          pdf.image(ReportCharts.png(table, title, 900, 420), 480);
        }
        pdf.paragraph(String.join(" · ", table.columns()));
        for (var row : table.rows()) {
          pdf.bullet(
              row.value()
                  + ": "
                  + String.join(
                      " · ",
                      row.counts().stream().map(c -> c.text(result.disclosure().k())).toList()));
        }
      }
      RiskAnalysis.World world = result.world();
      if (world != null) {
        int k = result.disclosure().k();
        pdf.heading(text("analysis.world"));
        pdf.paragraph(
            text(
                "analysis.world.explanation",
                world.regionVictims().text(k),
                world.worldVictims().text(k)));
        for (var table : world.tables()) {
          pdf.heading(text("analysis.dimension." + table.dimension()));
          pdf.paragraph(String.join(" · ", table.columns()));
          for (var row : table.rows()) {
            pdf.bullet(
                row.value()
                    + ": "
                    + row.counts().get(0).text(k)
                    + " ("
                    + world.share(row.counts().get(0), 0)
                    + ") · "
                    + row.counts().get(1).text(k)
                    + " ("
                    + world.share(row.counts().get(1), 1)
                    + ")");
          }
        }
      }
      return pdf.bytes();
    }
  }

  private String epsilon(RiskAnalysis.Result result) {
    Double e = result.disclosure().epsilon();
    return e == null ? text("analysis.report.no-noise") : "ε = " + e;
  }

  /** Each trend in a sentence; counts as the tables show them. */
  List<String> trends(RiskAnalysis.Result result) {
    int k = result.disclosure().k();
    return result.trends().stream()
        .map(
            t ->
                switch (t) {
                  case Trends.OriginSwitch s ->
                      text(
                          "analysis.trend.switch",
                          s.period(),
                          String.join(", ", s.before()),
                          String.join(", ", s.now()),
                          String.join(", ", s.entrants()));
                  case Trends.Change c ->
                      text(
                          c.rise() ? "analysis.trend.rise" : "analysis.trend.fall",
                          c.period(),
                          text("analysis.dimension." + c.dimension()),
                          c.value(),
                          // As its table shows it: a count hidden there stays hidden here.
                          result.shown(c.dimension(), c.value(), c.period()).text(k),
                          // The mean, with the count, would give a hidden baseline quarter away.
                          figuresHideACount(result, c)
                              ? "–"
                              : String.format(Locale.ROOT, "%.1f", c.baselineMean()),
                          // A bound, never the exact p-value: it would pin the count down.
                          pBound(c.pValue()));
                  case Trends.NewModusOperandi m ->
                      text(
                          "analysis.trend.new",
                          m.period(),
                          m.modusOperandi().toString(),
                          result.disclosure().show(m.count()).text(k));
                })
        .toList();
  }

  /**
   * True when a change's count or a quarter of its baseline (the {@value Trends#BASELINE} before
   * it) is hidden: in this report's tables for the quarters they show, below k for earlier ones.
   */
  private static boolean figuresHideACount(RiskAnalysis.Result result, Trends.Change c) {
    if (result.shown(c.dimension(), c.value(), c.period()).suppressed()) {
      return true;
    }
    Period p = c.period();
    for (int i = 0; i < Trends.BASELINE; i++) {
      p = p.previous();
      boolean hidden =
          p.compareTo(result.from()) >= 0
              ? result.shown(c.dimension(), c.value(), p).suppressed()
              : result.smallBefore(c.dimension(), c.value(), p);
      if (hidden) {
        return true;
      }
    }
    return false;
  }

  /** A p-value as a bound: {@code < 0.001}, {@code < 0.01}, {@code < 0.05} or {@code ≥ 0.05}. */
  static String pBound(double p) {
    if (p < 0.001) {
      return "< 0.001";
    }
    if (p < 0.01) {
      return "< 0.01";
    }
    return p < 0.05 ? "< 0.05" : "≥ 0.05";
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
