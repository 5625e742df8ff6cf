package org.counterpart.core.demo;

/**
 * Ukrainian names in Latin: the official 2010 transliteration first, then the older and
 * Russian-influenced forms still found in documents (Oleksandr, Olexandr, Aleksandr).
 */
final class UkrainianNames {

  static final NameSet NAMES =
      NameSet.of(
          """
          Oleksandr|Olexandr|Aleksandr|Alexander, Andrii|Andriy|Andrey, Dmytro|Dmitro|Dmitriy,
          Serhii|Serhiy|Sergey|Sergii, Volodymyr|Vladimir, Mykola|Nikolay|Mikola, Ivan,
          Yurii|Yuriy|Iurii|Yuri, Vasyl|Vasil|Vasiliy, Oleh|Oleg, Taras, Bohdan|Bogdan,
          Vitalii|Vitaliy|Vitaly, Maksym|Maksim|Maxim, Artem|Artyom, Denys|Denis, Ihor|Igor, Roman,
          Viktor, Pavlo|Pavel, Yevhen|Ievgen|Evgeniy, Anatolii|Anatoliy, Petro|Petr, Stepan,
          Mykhailo|Mikhail|Mykhaylo
          """,
          """
          Olena|Elena, Oksana, Iryna|Irina, Nataliia|Natalia|Natalya|Nataliya,
          Yuliia|Yulia|Iuliia|Julia, Tetiana|Tetyana|Tatiana|Tatyana, Svitlana|Svetlana,
          Kateryna|Katerina|Ekaterina, Anastasiia|Anastasia|Anastasiya, Viktoriia|Viktoria|Victoria,
          Mariia|Maria|Mariya, Halyna|Galina|Halina, Daria|Dariia|Darya, Alina,
          Liudmyla|Lyudmyla|Ludmila, Inna, Khrystyna|Kristina|Khristina, Valentyna|Valentina,
          Yana|Iana, Nadiia|Nadia|Nadiya, Larysa|Larisa, Sofiia|Sofia|Sofiya, Polina, Veronika,
          Hanna|Anna|Ganna
          """,
          """
          Kovalenko, Honcharenko|Goncharenko, Bondarenko, Tkachenko, Kravchenko, Boiko|Boyko,
          Melnyk|Melnik, Koval, Oliinyk|Oliynyk|Oleynik, Shevchuk, Polishchuk|Polischuk,
          Lysenko|Lisenko, Marchenko, Rudenko, Savchenko, Petrenko, Moroz, Kovalchuk, Tkachuk,
          Pavlenko, Hnatiuk|Hnatyuk|Gnatyuk, Ponomarenko, Kharchenko, Klymenko|Klimenko, Levchenko,
          Savchuk, Romaniuk|Romanyuk, Kuzmenko, Vasylenko|Vasilenko, Zinchenko, Ivanov, Petrov,
          Kovalskyi|Kovalskiy|Kovalsky, Hrytsenko|Gritsenko
          """);

  private UkrainianNames() {}
}
