package org.counterpart.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderScriptTest {

  static final Locale CYRILLIC = Locale.forLanguageTag("sr-Cyrl");
  static final Locale MONTENEGRIN = Locale.forLanguageTag("cnr");

  @Test
  void aCyrillicReaderReadsTheLatinEntriesOfSerbiaMontenegroAndBosniaInCyrillic() {
    assertThat(ReaderScript.forReader("Uprava policije Crne Gore", "ME", CYRILLIC))
        .isEqualTo("Управа полиције Црне Горе");
    assertThat(
            ReaderScript.forReader(
                "Nacionalna kontakt tačka ILECU – Odsjek za saradnju", "ME", CYRILLIC))
        .as("acronyms stay")
        .isEqualTo("Национална контакт тачка ILECU – Одсјек за сарадњу");
    assertThat(ReaderScript.forReader("Ljubljana, Njegoš, DŽEP, džep, Đurđa", "BA", CYRILLIC))
        .isEqualTo("Љубљана, Његош, DŽEP, џеп, Ђурђа");
    assertThat(ReaderScript.forReader("Zarmina Wardak, Bihać", "BA", CYRILLIC))
        .as("a word with a letter Serbian lacks stays")
        .isEqualTo("Зармина Wardak, Бихаћ");
    assertThat(ReaderScript.forReader("Policia e Shtetit", "AL", CYRILLIC))
        .as("Albanian stays in Latin")
        .isEqualTo("Policia e Shtetit");
    assertThat(ReaderScript.forReader("Национална контакт тачка", "RS", CYRILLIC))
        .isEqualTo("Национална контакт тачка");
  }

  @Test
  void aLatinReaderReadsCyrillicEntriesInTheRegionsLatin() {
    assertThat(ReaderScript.forReader("Управа криминалистичке полиције", "RS", MONTENEGRIN))
        .isEqualTo("Uprava kriminalističke policije");
    assertThat(ReaderScript.forReader("Министерство за внатрешни работи", "MK", Locale.ENGLISH))
        .isEqualTo("Ministerstvo za vnatrešni raboti");
  }
}
