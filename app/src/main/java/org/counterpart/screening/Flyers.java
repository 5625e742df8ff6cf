package org.counterpart.screening;

import java.util.List;
import java.util.Locale;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.core.screening.Category;
import org.counterpart.core.screening.Dimension;
import org.counterpart.system.NodeOnly;
import org.counterpart.system.PdfText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The printed material of identification, as PDF in every UI language: the officers' flyer for
 * border crossings and airports, the awareness flyer for people crossing the border, and the
 * identification chapter of the regional manual. Indicators come from the catalogue this node
 * screens with; whom to call from the node's configuration until the directory exists.
 */
@Service
@NodeOnly
public class Flyers {

  /** The documents. */
  public enum Kind {
    OFFICER,
    AWARENESS,
    MANUAL;

    public static Kind ofId(String id) {
      return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  private final NodeCatalogue catalogue;
  private final MessageSource messages;
  private final List<String> contacts;

  Flyers(
      NodeCatalogue catalogue,
      MessageSource messages,
      @Value("${counterpart.screening.contacts:}") List<String> contacts) {
    this.catalogue = catalogue;
    this.messages = messages;
    this.contacts = contacts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** One document in one language (a catalogue language tag: en, sq, sr-Latn, sr-Cyrl ...). */
  public byte[] pdf(Kind kind, String language) {
    if (!Catalogue.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("unknown language " + language);
    }
    Locale locale = Locale.forLanguageTag(language);
    Catalogue current = catalogue.current();
    String title = text(titleKey(kind), locale);
    String footer = text("flyer.footer", locale, current.version());
    try (var pdf = new PdfText(title, language, footer)) {
      pdf.title(title);
      switch (kind) {
        case OFFICER -> officer(pdf, current, language, locale);
        case AWARENESS -> awareness(pdf, locale);
        case MANUAL -> manual(pdf, current, language, locale);
      }
      return pdf.bytes();
    }
  }

  private void officer(PdfText pdf, Catalogue current, String language, Locale locale) {
    pdf.paragraph(text("flyer.officer.intro", locale));
    pdf.heading(text("flyer.officer.procedure", locale));
    for (int step = 1; step <= 5; step++) {
      pdf.bullet(text("flyer.officer.step" + step, locale));
    }
    pdf.heading(text("flyer.officer.indicators", locale));
    decisiveQuestions(pdf, current, language);
    for (Dimension dimension : Dimension.values()) {
      pdf.heading(dimension.name() + " · " + text("screening.dimension." + dimension, locale));
      current.indicators().stream()
          .filter(i -> i.dimension() == dimension)
          .forEach(i -> pdf.bullet(i.question(language)));
    }
    contacts(pdf, locale, "flyer.contacts");
  }

  private void awareness(PdfText pdf, Locale locale) {
    pdf.heading(text("flyer.awareness.rights", locale));
    for (int i = 1; i <= 5; i++) {
      pdf.bullet(text("flyer.awareness.right" + i, locale));
    }
    pdf.heading(text("flyer.awareness.signs", locale));
    for (int i = 1; i <= 4; i++) {
      pdf.bullet(text("flyer.awareness.sign" + i, locale));
    }
    contacts(pdf, locale, "flyer.awareness.help");
  }

  /**
   * The identification chapter of the regional manual, written into a document being built (the
   * harmonized manual puts it beside every country's chapter).
   */
  public void identificationChapter(PdfText pdf, String language) {
    if (!Catalogue.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("unknown language " + language);
    }
    Locale locale = Locale.forLanguageTag(language);
    Catalogue current = catalogue.current();
    pdf.heading(text("flyer.manual.title", locale));
    identification(pdf, current, language, locale);
  }

  private void manual(PdfText pdf, Catalogue current, String language, Locale locale) {
    identification(pdf, current, language, locale);
    contacts(pdf, locale, "flyer.contacts");
  }

  private void identification(PdfText pdf, Catalogue current, String language, Locale locale) {
    pdf.heading(text("flyer.manual.stages", locale));
    pdf.bullet(text("flyer.manual.stage1", locale));
    pdf.bullet(text("flyer.manual.stage2", locale));
    pdf.heading(text("flyer.manual.dimensions", locale));
    for (Dimension dimension : Dimension.values()) {
      long count = current.indicators().stream().filter(i -> i.dimension() == dimension).count();
      pdf.bullet(
          dimension.name()
              + " · "
              + text("screening.dimension." + dimension, locale)
              + " ("
              + count
              + ")");
    }
    pdf.heading(text("flyer.manual.rule", locale));
    for (String key :
        List.of(
            "flyer.manual.rule-dimension",
            "flyer.manual.rule-adult",
            "flyer.manual.rule-child",
            "flyer.manual.rule-minor")) {
      pdf.paragraph(text(key, locale));
    }
    pdf.heading(text("flyer.manual.categories", locale));
    for (Category category : Category.values()) {
      String reason = "screening.reason.category." + category.id();
      String description =
          category == Category.PRESUMED_THB_VICTIM
              ? text("flyer.manual.rule-adult", locale)
              : category == Category.AT_RISK_VIOLENT_EXTREMISM
                  ? text("screening.extremism-flag", locale)
                  : messages.getMessage(reason, new Object[] {""}, "", locale);
      pdf.bullet(text("category." + category.id(), locale) + ": " + description);
    }
    pdf.heading(text("flyer.manual.referral", locale));
    pdf.paragraph(text("flyer.manual.referral-text", locale));
    pdf.heading(text("flyer.officer.indicators", locale));
    decisiveQuestions(pdf, current, language);
    for (Dimension dimension : Dimension.values()) {
      pdf.heading(dimension.name() + " · " + text("screening.dimension." + dimension, locale));
      current.indicators().stream()
          .filter(i -> i.dimension() == dimension)
          .forEach(
              i ->
                  pdf.bullet(
                      i.question(language)
                          + " ["
                          + (i.adult() == null ? "–" : i.adult().code())
                          + "/"
                          + (i.child() == null ? "–" : i.child().code())
                          + "]"));
    }
  }

  private static void decisiveQuestions(PdfText pdf, Catalogue current, String language) {
    for (String question :
        List.of(
            "age",
            "accompanied",
            "act-of-trafficking",
            "irregular-entry",
            "facilitator-paid",
            "asks-protection")) {
      pdf.bullet(current.question(question, language));
    }
  }

  private void contacts(PdfText pdf, Locale locale, String headingKey) {
    pdf.heading(text(headingKey, locale));
    if (contacts.isEmpty()) {
      pdf.paragraph(text("flyer.no-contacts", locale));
    }
    contacts.forEach(pdf::bullet);
  }

  private static String titleKey(Kind kind) {
    return switch (kind) {
      case OFFICER -> "flyer.officer.title";
      case AWARENESS -> "flyer.awareness.title";
      case MANUAL -> "flyer.manual.title";
    };
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
