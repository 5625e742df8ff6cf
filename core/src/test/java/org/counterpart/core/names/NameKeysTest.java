package org.counterpart.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void writesSerbianCyrillicInGajLatin() {
    assertThat(NameKeys.latin("Ђорђевић")).isEqualTo("Đorđević");
    assertThat(NameKeys.latin("Шћепановић")).isEqualTo("Šćepanović");
    assertThat(NameKeys.latin("Љубица Његош Џафер Хоџа Жарко Чолић"))
        .isEqualTo("Ljubica Njegoš Džafer Hodža Žarko Čolić");
  }

  @Test
  void writesMacedonianLettersAsThePassportsDo() {
    assertThat(NameKeys.latin("Ѓорѓиевски")).isEqualTo("Gjorgjievski");
    assertThat(NameKeys.latin("Ќосевски")).isEqualTo("Kjosevski");
    assertThat(NameKeys.latin("Ѕвездан Јован Љупчо")).isEqualTo("Dzvezdan Jovan Ljupčo");
  }

  @Test
  void writesSerbianAndMacedonianLettersInOneText() {
    // ICU's Serbian-Latin/BGN leaves ѓ and ќ, Macedonian-Latin/BGN leaves ђ and ћ in Cyrillic.
    assertThat(NameKeys.latin("Ђорђе Ѓорѓиевски, Ћирић Ќосевски"))
        .isEqualTo("Đorđe Gjorgjievski, Ćirić Kjosevski");
  }

  @Test
  void capitalisesBothLettersOfADigraphOnlyInAllCapitals() {
    assertThat(NameKeys.latin("ЉУБИЦА ЊЕГОШ ЏАФЕР ЃОРЃЕ ЌОСЕВСКИ"))
        .isEqualTo("LJUBICA NJEGOŠ DŽAFER GJORGJE KJOSEVSKI");
    assertThat(NameKeys.latin("ЃОРЃ")).isEqualTo("GJORGJ");
    assertThat(NameKeys.latin("Љ. Петровић")).isEqualTo("Lj. Petrović");
  }

  @Test
  void writesUkrainianAndRussianWithoutSoftSigns() {
    assertThat(NameKeys.latin("Юрій Ольга Ганна Ігор")).isEqualTo("Yuriy Olha Hanna Ihor");
    assertThat(NameKeys.latin("Сергей Наталья Хрущёв")).isEqualTo("Sergey Natalya Khrushchëv");
    assertThat(NameKeys.latin("Щербаков")).isEqualTo("Shcherbakov");
  }

  @Test
  void readsCyrillicOfSharedLettersAsTheRegionsLanguages() {
    assertThat(NameKeys.latin("Иван Петров")).isEqualTo("Ivan Petrov");
    assertThat(NameKeys.latin("Горан Хаџић")).isEqualTo("Goran Hadžić");
  }

  @Test
  void romanisesOtherScriptsThroughIcu() {
    assertThat(NameKeys.latin("Μιχάλης")).isEqualTo("Michálēs");
    assertThat(NameKeys.latin("王")).isEqualTo("wáng");
  }

  @Test
  void leavesLatinAloneButNormalises() {
    assertThat(NameKeys.latin("Gëzim Çela")).isEqualTo("Gëzim Çela");
    assertThat(NameKeys.latin("Djordjevic")).isEqualTo("Djordjevic");
    // c + combining acute is ć; the one-character digraphs ǅ and ǉ are two letters.
    assertThat(NameKeys.latin("Ili\u0107 Ili" + "c\u0301")).isEqualTo("Ilić Ilić");
    assertThat(NameKeys.latin("ǅemal ǉubica")).isEqualTo("Džemal ljubica");
    assertThat(NameKeys.latin("")).isEmpty();
  }

  @Test
  void foldsTheRegionsLettersToAscii() {
    assertThat(NameKeys.folded("Đorđević")).isEqualTo("djordjevic");
    assertThat(NameKeys.folded("ĐORĐEVIĆ")).isEqualTo("djordjevic");
    assertThat(NameKeys.folded("Ćirić Čolić Šehu Žuri Džafer"))
        .isEqualTo("ciric colic sehu zuri dzafer");
    assertThat(NameKeys.folded("Gëzim Çela")).isEqualTo("gezim cela");
    assertThat(NameKeys.folded("Śćepan Źmuk")).isEqualTo("scepan zmuk");
  }

  @Test
  void foldsCyrillicThroughLatin() {
    assertThat(NameKeys.folded("Ђорђевић")).isEqualTo("djordjevic");
    assertThat(NameKeys.folded("Ѓорѓиевски")).isEqualTo("gjorgjievski");
    assertThat(NameKeys.folded("Хоџа")).isEqualTo("hodza");
    assertThat(NameKeys.folded("Ольга")).isEqualTo("olga");
  }

  @Test
  void removesEveryOtherDiacritic() {
    assertThat(NameKeys.folded("Özlem Çakır İbrahim Ünal")).isEqualTo("ozlem cakir ibrahim unal");
    assertThat(NameKeys.folded("Łukasz Øster Straße Æsa")).isEqualTo("lukasz oster strasse aesa");
    // Vietnamese Đ is a plain d, but folding cannot know the language; the skeleton meets Duc.
    assertThat(NameKeys.folded("Nguyễn Văn Đức")).isEqualTo("nguyen van djuc");
    assertThat(NameKeys.folded("François Müller Ñúñez")).isEqualTo("francois muller nunez");
  }

  @Test
  void keepsDistinctLettersDistinct() {
    // Folding keeps what passports keep: Đukić is Djukic, not Dukić.
    assertThat(NameKeys.folded("Đukić")).isNotEqualTo(NameKeys.folded("Dukić"));
    assertThat(NameKeys.folded("Petrović")).isNotEqualTo(NameKeys.folded("Pavlović"));
  }

  @Test
  void turnsPunctuationIntoSpacesAndDropsApostrophes() {
    assertThat(NameKeys.folded("  Al-Ahmad,   Mohammad  ")).isEqualTo("al ahmad mohammad");
    assertThat(NameKeys.folded("D'Souza O’Brien Saʿid")).isEqualTo("dsouza obrien said");
    assertThat(NameKeys.folded("Fatima\tZahra\n(Mrs.)")).isEqualTo("fatima zahra mrs");
    assertThat(NameKeys.folded("Мар'яна")).isEqualTo("maryana");
    assertThat(NameKeys.folded(" - ' . ")).isEmpty();
  }

  @Test
  void splitsIntoTokens() {
    assertThat(NameKeys.tokens("Fatima-Zahra El  Idrissi"))
        .containsExactly("fatima", "zahra", "el", "idrissi");
    assertThat(NameKeys.tokens("Ана-Марија Ђорђевић"))
        .containsExactly("ana", "marija", "djordjevic");
    assertThat(NameKeys.tokens("O'Brien")).containsExactly("obrien");
    assertThat(NameKeys.tokens("  ")).isEmpty();
    assertThat(NameKeys.tokens("")).isEmpty();
  }

  @Test
  void skeletonsFollowTheTokens() {
    assertThat(NameKeys.skeletons("Muhammad Al-Hussein"))
        .containsExactly("muhamet", "al", "husejn");
    assertThat(NameKeys.skeletons("Ђорђе Ђорђевић")).containsExactly("durde", "dordevic");
    assertThat(NameKeys.skeletons("")).isEmpty();
  }

  @Test
  void skeletonFoldsATokenThatIsNotFoldedYet() {
    assertThat(NameKeys.skeleton("Đorđević")).isEqualTo(NameKeys.skeleton("djordjevic"));
    assertThat(NameKeys.skeleton("Ђорђевић")).isEqualTo("dordevic");
    assertThat(NameKeys.skeleton("Al-Ahmad")).isEqualTo(NameKeys.skeleton("alahmad"));
    assertThat(NameKeys.skeleton("")).isEmpty();
  }
}
