package org.counterpart.core.demo;

/** Common Montenegrin names in Latin, the script Montenegrin registers mostly use. */
final class MontenegrinNames {

  static final NameSet NAMES =
      NameSet.of(
          """
          Andrija, Balša, Blažo, Bojan, Božidar, Budimir, Danilo, Darko, Dejan, Dragutin, Đuro,
          Filip, Gojko, Igor, Ilija, Janko, Jovan, Krsto, Luka, Milo, Milorad, Milovan, Mirko,
          Momčilo, Nebojša, Nikša, Novak, Pavle, Petar, Radomir, Radonja, Rade, Ranko, Savo, Slavko,
          Sreten, Stanko, Vasilije, Veselin, Vidak, Vladimir, Vuk, Vukašin, Zoran, Žarko, Željko
          """,
          """
          Anja, Biljana, Bojana, Danica, Dragana, Dubravka, Đurđina, Gorica, Irena, Ivana, Jana,
          Jasna, Jelena, Jovana, Katarina, Ksenija, Ljiljana, Maja, Marija, Marina, Milena, Milica,
          Milka, Mirjana, Nada, Natalija, Nataša, Nevena, Olivera, Radmila, Sanja, Slavica, Snežana,
          Sonja, Tamara, Tanja, Teodora, Vera, Vesna, Vida, Zorka, Željka
          """,
          """
          Vujović, Radulović, Popović, Vuković, Kovačević, Bulatović, Marković, Šćekić, Lakić,
          Radović, Ivanović, Perović, Vučinić, Bošković, Đurović, Mijatović, Raičević, Vujošević,
          Milić, Knežević, Pejović, Jovanović, Šoć, Đurišić, Rakočević, Krivokapić, Mugoša,
          Vukčević, Janković, Stanišić, Bojović, Šaranović, Pavićević, Martinović, Ćetković,
          Vujačić, Đuranović, Femić, Boljević, Medojević, Mitrović, Dabović, Lalević, Kalezić,
          Žugić, Nikčević
          """);

  private MontenegrinNames() {}
}
