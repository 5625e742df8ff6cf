package org.counterpart.analysis.risk;

import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.counterpart.core.analysis.Period;
import org.counterpart.system.HubOnly;
import org.counterpart.system.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The joint risk analysis report of a span of quarters, as PDF, in a language of the region. */
@Service
@HubOnly
public class RiskReports {

  private final RiskAnalysis analysis;
  private final Narratives narratives;
  private final MessageSource messages;

  @org.springframework.beans.factory.annotation.Autowired
  RiskReports(RiskAnalysis analysis, JdbcClient jdbc, Clock clock, MessageSource messages) {
    this(analysis, new Narratives(jdbc, clock), messages);
  }

  private RiskReports(RiskAnalysis analysis, Narratives narratives, MessageSource messages) {
    this.analysis = analysis;
    this.narratives = narratives;
    this.messages = messages;
  }

  /** Reports over a hub database without the server (the command line). */
  public static RiskReports standalone(DataSource dataSource, RiskAnalysisProperties properties) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    var bundle = new ResourceBundleMessageSource();
    bundle.setBasename("messages");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    return new RiskReports(
        new RiskAnalysis(new JointCounts(jdbc), properties),
        new Narratives(jdbc, Clock.systemUTC()),
        bundle);
  }

  public RiskAnalysis analysis() {
    return analysis;
  }

  public Narratives narratives() {
    return narratives;
  }

  /** The report as PDF; {@code language} is a tag of {@link Languages#TAGS}. */
  public byte[] pdf(Period from, Period to, String language) {
    Locale locale = Locale.forLanguageTag(language(language));
    return new ReportPdf(messages, locale)
        .render(analysis.analyse(from, to), narratives.of(from, to, language(language)));
  }

  /** The trends of a result in sentences, counts as shown. */
  public java.util.List<String> trends(RiskAnalysis.Result result, Locale locale) {
    return new ReportPdf(messages, locale).trends(result);
  }

  /** A table's chart as PNG. */
  public byte[] chart(RiskAnalysis.Table table, String title) {
    return ReportCharts.png(table, title, 900, 420);
  }

  /** The tables charted (the dashboard draws the same charts as the report). */
  public static java.util.Set<org.counterpart.core.analysis.Dimension> charted() {
    return ReportPdf.CHARTED;
  }

  /** The supported language closest to a tag. */
  public static String language(String tag) {
    return Languages.closest(Locale.forLanguageTag(tag)).toLanguageTag();
  }
}
