package org.counterpart.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A certificate names the participant who attended, in whatever script the name is written. */
class CertificatesTest {

  static final Participant JELENA =
      new Participant(UUID.randomUUID(), "Јелена Петровић", null, "RS", null);
  static final Participant ARBEN =
      new Participant(UUID.randomUUID(), "Arben Krasniqi", null, "XK", null);

  static final Training TRAINING =
      new Training(
          "Identifying victims at the border",
          LocalDate.of(2026, 4, 14),
          LocalDate.of(2026, 4, 16),
          "Danilovgrad",
          List.of(
              new TrainingModule(
                  TrainingModule.Source.INDICATOR, "dr-wages", "Deceived about wages or earnings"),
              new TrainingModule(TrainingModule.Source.TREND, null, "Recruitment through apps")),
          List.of(JELENA, ARBEN),
          Set.of(JELENA.id()));

  static Certificates certificates() {
    var messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new Certificates(messages);
  }

  static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void namesTheParticipantInCyrillicInASerbianCyrillicCertificate() throws IOException {
    String text =
        text(certificates().pdf(TRAINING, "ME", JELENA, Locale.forLanguageTag("sr-Cyrl")));
    assertThat(text)
        .contains("Јелена Петровић (RS)")
        .contains("Сертификат о присуству")
        .contains("Identifying victims at the border")
        .contains("14.04.2026")
        .contains("Recruitment through apps")
        .contains("Deceived about wages or earnings");
  }

  @Test
  void namesTheParticipantInEnglish() throws IOException {
    var certified = TRAINING.withAttendance(Set.of(ARBEN.id()));
    String text = text(certificates().pdf(certified, "ME", ARBEN, Locale.ENGLISH));
    assertThat(text).contains("Certificate of attendance").contains("Arben Krasniqi (XK)");
  }

  @Test
  void certifiesNobodyWhoDidNotAttend() {
    assertThatThrownBy(() -> certificates().pdf(TRAINING, "ME", ARBEN, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
