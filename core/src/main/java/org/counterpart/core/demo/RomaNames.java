package org.counterpart.core.demo;

/**
 * Names common among Roma, Ashkali and Egyptians of the region, in Serbian Latin; rendering turns
 * them into the spelling of each country (Redžep, Реџеп, Rexhep).
 */
final class RomaNames {

  static final NameSet NAMES =
      NameSet.of(
          """
          Amet, Bajram, Bekim, Bojan, Dejan, Demir, Dragan, Džemail, Dževdet, Elvis, Enver, Erdžan,
          Fadil, Ferid, Fikret, Ilijaz, Ismail, Ismet, Jašar, Kasum, Ljatif, Mehmed, Muharem,
          Nedžad, Osman, Ramadan, Redžep, Rustem, Sabit, Safet, Sali, Saša, Sebastijan, Sejdo,
          Seljam, Suad, Šefćet, Zećir, Zoran, Đulijan
          """,
          """
          Ajša, Angela, Belkisa, Dijana, Dragana, Đulsa, Elmaza, Elvira, Emina, Fatima, Fatma,
          Gordana, Hajrija, Jasmina, Kristina, Ljiljana, Ljutvija, Medina, Merima, Mirsada, Muneta,
          Nermina, Nevenka, Ramiza, Sabina, Samanta, Sandra, Sanela, Selvija, Senada, Senija,
          Sevdija, Suzana, Šemsa, Šerifa, Vesna, Violeta, Zulfija, Zumreta, Ćamila
          """,
          """
          Bajramović, Redžepović, Ramić, Mustafić, Demirović, Saitović, Ramadanović, Osmanović,
          Ahmetović, Sulejmanović, Durmišević, Asanović, Memedović, Jašarević, Selimović,
          Ibraimović, Ajdini, Memedi, Saliji, Ademi, Ibraimi, Jovanović, Nikolić, Stanković, Ćurić,
          Berisa, Bekteši, Durmiši, Ismaili, Kurtiši, Mehmedović, Alijević, Rašiti, Zekirović,
          Mujić, Šaćiri, Dautović, Kamberović, Bislimi, Halilović
          """);

  private RomaNames() {}
}
