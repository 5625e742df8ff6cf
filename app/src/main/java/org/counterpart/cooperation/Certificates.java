package org.counterpart.cooperation;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.counterpart.system.PdfText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The certificate of attendance of a joint training, one PDF per participant who attended, in the
 * language of the official who prints it (every script renders: the participant's name may be
 * written in Cyrillic).
 */
@Component
public class Certificates {

  /** The date style of the whole region, readable in every language of the interface. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final MessageSource messages;

  public Certificates(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * @param organiser the country that ran the training
   * @throws IllegalArgumentException when the participant did not attend: there is nothing to
   *     certify
   */
  public byte[] pdf(Training training, String organiser, Participant participant, Locale locale) {
    if (!training.attendedBy(participant.id())) {
      throw new IllegalArgumentException("did not attend: " + participant.id());
    }
    String title = text("cooperation.certificate.title", locale);
    String footer = text("cooperation.certificate.footer", locale, training.title());
    try (var pdf = new PdfText(title, locale.toLanguageTag(), footer)) {
      pdf.title(title);
      pdf.paragraph(text("cooperation.certificate.attests", locale));
      pdf.title(participant.name() + " (" + participant.country() + ")");
      pdf.paragraph(
          text(
              "cooperation.certificate.attended",
              locale,
              training.title(),
              DATE.format(training.start()),
              DATE.format(training.end()),
              training.place()));
      pdf.heading(text("cooperation.certificate.modules", locale));
      for (TrainingModule module : training.modules()) {
        pdf.bullet(
            module.source() == TrainingModule.Source.TREND
                ? text("cooperation.certificate.trend", locale, module.title())
                : module.title());
      }
      pdf.paragraph(
          text("cooperation.certificate.issued", locale, organiser, DATE.format(training.end())));
      return pdf.bytes();
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
