package org.counterpart.core.demo;

/** Common Turkish names in Turkish orthography; ASCII rendering folds ş, ç, ğ, ı, ö, ü. */
final class TurkishNames {

  static final NameSet NAMES =
      NameSet.of(
          """
          Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Yusuf, Ömer,
          Osman, Ramazan, Fatih, Halil, İsmail, Kemal, Serkan, Hakan, Volkan, Cem, Onur, Erkan,
          Oğuz, Süleyman, Abdullah, Recep, Kadir, Uğur
          """,
          """
          Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Özlem, Esra, Büşra, Derya, Gül, Sevgi,
          Hülya, Yasemin, Tuğba, Gamze, Songül, Dilek, Şükran
          """,
          """
          Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan,
          Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Akın, Güneş,
          Bulut, Keskin, Ünal, Tekin, Avcı, Çakır, Uçar, Kaplan
          """);

  private TurkishNames() {}
}
