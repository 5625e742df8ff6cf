package org.counterpart.core.demo;

/** Common Albanian names of Albania, Kosovo, North Macedonia and Montenegro, with ë and ç. */
final class AlbanianNames {

  static final NameSet NAMES =
      NameSet.of(
          """
          Agron, Albert, Alban, Arbër, Arben, Ardit, Arian, Armend, Arton, Bekim, Besart, Besnik,
          Blerim, Bujar, Burim, Dardan, Driton, Edmond, Elton, Endrit, Ermal, Erion, Fatmir, Fatos,
          Fisnik, Flamur, Gazmend, Gëzim, Gjergj, Granit, Hysen, Ilir, Jetmir, Kastriot, Klodian,
          Kujtim, Labinot, Lulzim, Mentor, Naim, Përparim, Qëndrim, Shkëlzen, Sokol, Valmir, Valon,
          Visar, Xhevdet, Ylber
          """,
          """
          Albana, Alketa, Anila, Ardita, Arta, Besa, Blerta, Brikena, Dafina, Donika, Drita, Elira,
          Elona, Enkeleda, Entela, Era, Fatbardha, Flutura, Gentiana, Jehona, Kaltrina, Kosovare,
          Lindita, Liridona, Lule, Manjola, Merita, Mimoza, Mirëlinda, Nora, Qëndresa, Rina, Rudina,
          Shpresa, Shqipe, Teuta, Valbona, Vjollca, Vlora, Xhensila, Zamira, Zana, Çiljeta
          """,
          """
          Hoxha, Krasniqi, Berisha, Gashi, Shala, Morina, Kastrati, Bytyçi, Hasani, Rama, Hyseni,
          Kryeziu, Ahmeti, Bajrami, Sadiku, Thaçi, Zeqiri, Rexhepi, Xhaferi, Osmani, Kelmendi, Leka,
          Dervishi, Çela, Shehu, Lika, Prifti, Dushku, Gjoka, Marku, Prenga, Kola, Muça, Bushati,
          Basha, Dibra, Halili, Dauti, Jashari, Selmani, Beqiri, Zymberi, Haliti, Ismaili, Latifi,
          Qerimi, Çeku, Hoxhaj, Bajraktari, Gjonaj, Lleshi, Dëdaj
          """);

  private AlbanianNames() {}
}
