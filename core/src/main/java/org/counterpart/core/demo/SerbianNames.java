package org.counterpart.core.demo;

/** Common Serbian names in Serbian Latin; Cyrillic and ASCII forms are derived one-to-one. */
final class SerbianNames {

  static final NameSet NAMES =
      NameSet.of(
          """
          Aleksandar, Aleksa, Bogdan, Boris, Branislav, Branko, Čedomir, Dalibor, Danilo, Darko,
          Dejan, Dimitrije, Dragan, Dragiša, Dragoljub, Dušan, Đorđe, Goran, Ivan, Jovan, Lazar,
          Luka, Ljubiša, Marko, Milan, Miloš, Milorad, Miodrag, Mirko, Miroslav, Nemanja, Nenad,
          Nikola, Novak, Ognjen, Petar, Predrag, Radoslav, Radovan, Saša, Svetozar, Srđan, Stefan,
          Stevan, Uroš, Vladimir, Vojislav, Vuk, Zoran, Žarko, Željko, Živko
          """,
          """
          Aleksandra, Ana, Anđela, Biljana, Bojana, Branka, Danijela, Dragana, Dragica, Dušica,
          Đurđa, Gordana, Ivana, Jasmina, Jelena, Jelisaveta, Jovana, Katarina, Kristina, Ljiljana,
          Ljubica, Marija, Marina, Milena, Milica, Mirjana, Nataša, Nevena, Nikolina, Olivera,
          Radmila, Sanja, Slađana, Snežana, Sofija, Svetlana, Tamara, Teodora, Tijana, Vesna,
          Zorica, Žaklina
          """,
          """
          Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović,
          Milošević, Popović, Todorović, Đurić, Živković, Kostić, Mitrović, Ristić, Ćirić, Savić,
          Obradović, Lazić, Milovanović, Vasić, Tomić, Kovačević, Stefanović, Pešić, Marinković,
          Ivanović, Radovanović, Lukić, Jović, Ranđelović, Simić, Filipović, Cvetković, Zdravković,
          Mladenović, Blagojević, Božić, Vučković, Gajić, Radosavljević, Spasojević, Ćosić,
          Despotović, Đokić, Žikić, Šljivić, Nedeljković, Ćurčić
          """);

  private SerbianNames() {}
}
