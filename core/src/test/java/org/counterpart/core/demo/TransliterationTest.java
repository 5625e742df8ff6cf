package org.counterpart.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterpart.core.demo.AsciiStyle.ENGLISH;
import static org.counterpart.core.demo.AsciiStyle.PLAIN_D;
import static org.counterpart.core.demo.AsciiStyle.STANDARD;
import static org.counterpart.core.demo.Orthography.ALBANIAN;
import static org.counterpart.core.demo.Orthography.FOREIGN_LATIN;
import static org.counterpart.core.demo.Orthography.GAJ_LATIN;
import static org.counterpart.core.demo.Orthography.MACEDONIAN_CYRILLIC;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TransliterationTest {

  @Test
  void writesSerbianNamesInBothScriptsAndInAscii() {
    assertThat(convert("Đorđević", GAJ_LATIN, Spelling.SERBIAN_CYRILLIC)).isEqualTo("Ђорђевић");
    assertThat(convert("Ljubiša", GAJ_LATIN, Spelling.SERBIAN_CYRILLIC)).isEqualTo("Љубиша");
    assertThat(convert("Džemal", GAJ_LATIN, Spelling.SERBIAN_CYRILLIC)).isEqualTo("Џемал");
    assertThat(convert("Njegoš", GAJ_LATIN, Spelling.SERBIAN_CYRILLIC)).isEqualTo("Његош");
    assertThat(convert("Đorđević", GAJ_LATIN, Spelling.ASCII)).isEqualTo("Djordjevic");
    assertThat(Transliteration.convert("Đorđević", GAJ_LATIN, Spelling.ASCII, PLAIN_D))
        .isEqualTo("Dordevic");
    assertThat(Transliteration.convert("Đorđević", GAJ_LATIN, Spelling.ASCII, ENGLISH))
        .isEqualTo("Djordjevich");
  }

  @Test
  void writesSlavicNamesInAlbanianSpelling() {
    assertThat(convert("Đorđević", GAJ_LATIN, Spelling.ALBANIAN)).isEqualTo("Gjorgjeviq");
    assertThat(convert("Đorđe", GAJ_LATIN, Spelling.ALBANIAN)).isEqualTo("Gjorgje");
    assertThat(convert("Hodžić", GAJ_LATIN, Spelling.ALBANIAN)).isEqualTo("Hoxhiq");
    assertThat(convert("Čolaković", GAJ_LATIN, Spelling.ALBANIAN)).isEqualTo("Çolakoviq");
    assertThat(convert("Redžep", GAJ_LATIN, Spelling.ALBANIAN)).isEqualTo("Rexhep");
  }

  @Test
  void romanisesMacedonianWithGjAndKj() {
    assertThat(convert("Ѓорѓиевски", MACEDONIAN_CYRILLIC, Spelling.MACEDONIAN_LATIN))
        .isEqualTo("Gjorgjievski");
    assertThat(convert("Ѓорѓиевски", MACEDONIAN_CYRILLIC, Spelling.ASCII))
        .isEqualTo("Gjorgjievski");
    assertThat(convert("Ќосевски", MACEDONIAN_CYRILLIC, Spelling.MACEDONIAN_LATIN))
        .isEqualTo("Kjosevski");
    assertThat(convert("Љупчо", MACEDONIAN_CYRILLIC, Spelling.ASCII)).isEqualTo("Ljupcho");
    assertThat(convert("Ѓорѓиевски", MACEDONIAN_CYRILLIC, Spelling.SERBIAN_CYRILLIC))
        .isEqualTo("Ђорђиевски");
    assertThat(convert("Ѓорѓиевски", MACEDONIAN_CYRILLIC, Spelling.GAJ_LATIN))
        .isEqualTo("Đorđievski");
    assertThat(convert("Ќосевски", MACEDONIAN_CYRILLIC, Spelling.ALBANIAN)).isEqualTo("Qosevski");
  }

  @Test
  void writesSerbianNamesInMacedonianCyrillic() {
    assertThat(convert("Đorđević", GAJ_LATIN, Spelling.MACEDONIAN_CYRILLIC)).isEqualTo("Ѓорѓевиќ");
  }

  @Test
  void writesAlbanianNamesInSlavicRegisters() {
    assertThat(convert("Hoxha", ALBANIAN, Spelling.SERBIAN_CYRILLIC)).isEqualTo("Хоџа");
    assertThat(convert("Krasniqi", ALBANIAN, Spelling.GAJ_LATIN)).isEqualTo("Krasnići");
    assertThat(convert("Krasniqi", ALBANIAN, Spelling.MACEDONIAN_CYRILLIC)).isEqualTo("Красниќи");
    assertThat(convert("Xhaferi", ALBANIAN, Spelling.MACEDONIAN_CYRILLIC)).isEqualTo("Џафери");
    assertThat(convert("Gjergj", ALBANIAN, Spelling.SERBIAN_CYRILLIC)).isEqualTo("Ђерђ");
    assertThat(convert("Qëndrim", ALBANIAN, Spelling.GAJ_LATIN)).isEqualTo("Ćendrim");
    assertThat(convert("Shkëlzen", ALBANIAN, Spelling.ASCII)).isEqualTo("Shkelzen");
    assertThat(convert("Çela", ALBANIAN, Spelling.ASCII)).isEqualTo("Cela");
  }

  @Test
  void foldsForeignDiacriticsIncludingDotlessI() {
    assertThat(convert("Yılmaz", FOREIGN_LATIN, Spelling.ASCII)).isEqualTo("Yilmaz");
    assertThat(convert("Şimşek", FOREIGN_LATIN, Spelling.ASCII)).isEqualTo("Simsek");
    assertThat(convert("İbrahim", FOREIGN_LATIN, Spelling.ASCII)).isEqualTo("Ibrahim");
    assertThat(convert("Yılmaz", FOREIGN_LATIN, Spelling.SERBIAN_CYRILLIC)).isEqualTo("Yılmaz");
  }

  @Test
  void feminineSurnamesOfMacedoniansAndUkrainians() {
    assertThat(NameRenderer.feminine("Ѓорѓиевски")).isEqualTo("Ѓорѓиевска");
    assertThat(NameRenderer.feminine("Стојанов")).isEqualTo("Стојанова");
    assertThat(NameRenderer.feminine("Kovalskyi")).isEqualTo("Kovalska");
    assertThat(NameRenderer.feminine("Kovalenko")).isEqualTo("Kovalenko");
  }

  @Test
  void swapsDayAndMonthOnlyWhenBothCouldBeMonths() {
    assertThat(PersonFactory.swapDayAndMonth(LocalDate.of(1990, 7, 3)))
        .isEqualTo(LocalDate.of(1990, 3, 7));
    assertThat(PersonFactory.swapDayAndMonth(LocalDate.of(1990, 7, 23)))
        .isEqualTo(LocalDate.of(1990, 7, 23));
  }

  private static String convert(String name, Orthography from, Spelling to) {
    return Transliteration.convert(name, from, to, STANDARD);
  }
}
