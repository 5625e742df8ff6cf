package org.counterpart.core.demo;

/** Common names of Croats of Bosnia and Herzegovina, in Croatian Latin. */
final class CroatianNames {

  static final NameSet NAMES =
      NameSet.of(
          """
          Ante, Davor, Dario, Dražen, Goran, Hrvoje, Ivan, Ivica, Ivo, Josip, Krešimir, Mario,
          Marko, Mate, Mladen, Nikola, Pero, Robert, Slaven, Stjepan, Tihomir, Tomislav, Vlatko,
          Zvonimir, Željko
          """,
          """
          Ana, Andrea, Anita, Antonija, Dragica, Dubravka, Ivana, Ivona, Jelena, Josipa, Kata,
          Katarina, Kristina, Ljubica, Lucija, Marija, Martina, Mateja, Mirela, Nikolina, Petra,
          Ružica, Snježana, Vesna, Zdenka
          """,
          """
          Marić, Jurić, Babić, Knežević, Vidović, Perić, Barišić, Ćorić, Zovko, Ljubić, Šimić,
          Tomić, Bošnjak, Galić, Jelić, Matić, Pranjić, Lovrić, Raguž, Čuljak, Rajić, Kraljević,
          Vukoja, Martinović, Zelenika, Ivanković, Primorac, Bevanda
          """);

  private CroatianNames() {}
}
