package org.counterpart.core.demo;

/** Common Bosniak names in Bosnian Latin. */
final class BosniakNames {

  static final NameSet NAMES =
      NameSet.of(
          """
          Adis, Adnan, Alen, Almir, Amar, Amel, Amir, Anel, Armin, Asim, Benjamin, Dženan, Džemal,
          Edin, Eldin, Elvir, Emir, Enes, Ermin, Fahrudin, Haris, Hasan, Husein, Ibrahim, Irfan,
          Jasmin, Kemal, Kenan, Mehmed, Meho, Mirza, Muhamed, Mustafa, Nedim, Nermin, Omer, Osman,
          Safet, Salih, Samir, Sead, Senad, Suad, Tarik, Zijad, Šemsudin
          """,
          """
          Adna, Aida, Ajla, Ajna, Alma, Almedina, Amela, Amina, Amra, Azra, Belma, Dženana, Edina,
          Elma, Emina, Emira, Enisa, Fatima, Hana, Hatidža, Irma, Jasmina, Lamija, Lejla, Maida,
          Medina, Melisa, Merima, Mirela, Naida, Nejra, Nermina, Sabina, Samra, Sanela, Selma,
          Sumeja, Šejla, Zehra, Zerina
          """,
          """
          Hodžić, Hadžić, Begović, Mehmedović, Delić, Alić, Salihović, Hasanović, Muratović,
          Ibrahimović, Husić, Omerović, Suljić, Mujić, Halilović, Hamzić, Softić, Osmanović, Zukić,
          Bešić, Karić, Mahmutović, Smajić, Ćatić, Dedić, Hukić, Kadić, Mešić, Terzić, Jusić, Avdić,
          Bajrić, Mustafić, Selimović, Spahić, Šabić, Tahirović, Fazlić, Husejnović, Bećirović,
          Džafić, Mujkić, Hrnjić, Ahmetović, Čaušević, Šehić
          """);

  private BosniakNames() {}
}
