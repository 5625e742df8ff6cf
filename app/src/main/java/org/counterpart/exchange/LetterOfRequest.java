package org.counterpart.exchange;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.counterpart.cases.Actor;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.identity.UserRole;
import org.counterpart.system.CounterpartProperties;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.counterpart.system.PdfText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The letter of request that a mutual legal assistance request ends in: evidence for a trial does
 * not travel between police contact points, it goes from the prosecutor through the ministry of
 * justice. The letter carries the facts, the assistance asked for, the legal basis and the handling
 * code's stamp.
 */
@Service
@NodeOnly
public class LetterOfRequest {

  private final Messages messages;
  private final MessageSource text;
  private final java.time.Clock clock;
  private final String country;

  LetterOfRequest(
      Messages messages,
      MessageSource text,
      java.time.Clock clock,
      CounterpartProperties instance) {
    this.messages = messages;
    this.text = text;
    this.clock = clock;
    this.country = instance.nodeCountry();
  }

  /** The letter of an MLA request, in the reader's language. */
  public byte[] pdf(String id, Actor actor, Locale locale) {
    if (!actor.has(UserRole.PROSECUTOR) && !actor.has(UserRole.CONTACT_POINT)) {
      throw new NotPermittedException("exchange.mla-prosecutor");
    }
    var message = messages.read(id, actor);
    if (message.type() != MessageType.MLA_REQUEST || !"OUT".equals(message.direction())) {
      throw new InvalidInputException("type", "exchange.mla-only");
    }
    String title = t("mla.title", locale);
    try (var pdf = new PdfText(title, locale.toLanguageTag(), "Counterpart · " + message.id())) {
      pdf.title(title);
      if ("H1".equals(message.handlingCode())) {
        pdf.paragraph(t("exchange.handling.H1-stamp", locale));
      }
      pdf.heading(t("mla.requesting", locale));
      pdf.paragraph(country + " · " + message.draftedBy());
      pdf.heading(t("mla.requested", locale));
      pdf.paragraph(message.counterpart());
      pdf.heading(t("mla.date", locale));
      pdf.paragraph(LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString());
      if (message.caseReference() != null) {
        pdf.heading(t("exchange.case", locale));
        pdf.paragraph(message.caseReference());
      }
      pdf.heading(t("exchange.subject", locale));
      pdf.paragraph(message.subject());
      pdf.heading(t("mla.facts", locale));
      for (String paragraph : message.body().split("\\R\\s*\\R")) {
        pdf.paragraph(paragraph);
      }
      pdf.heading(t("mla.legal-basis-title", locale));
      pdf.paragraph(t("mla.legal-basis", locale));
      pdf.heading(t("exchange.handling", locale));
      pdf.paragraph(
          message.handlingCode()
              + " — "
              + t("exchange.handling." + message.handlingCode(), locale)
              + (message.handlingText() == null ? "" : " — " + message.handlingText()));
      pdf.paragraph(t("mla.channel", locale));
      pdf.heading(t("mla.signature", locale));
      pdf.paragraph("______________________________");
      return pdf.bytes();
    }
  }

  private String t(String key, Locale locale) {
    return text.getMessage(key, null, locale);
  }
}
