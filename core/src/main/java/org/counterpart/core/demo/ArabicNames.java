package org.counterpart.core.demo;

/**
 * Syrian, Iraqi (Arab and Kurdish) and Moroccan names in Latin transcription; variants separated by
 * '|' follow English- and French-influenced transcriptions.
 */
final class ArabicNames {

  static final NameSet SYRIAN =
      NameSet.of(
          """
          Mohammad|Muhammad|Mohamed|Mohammed, Ahmad|Ahmed, Khaled|Khalid, Omar|Umar,
          Abdullah|Abdallah, Mahmoud|Mahmud, Hassan|Hasan, Hussein|Husein, Yousef|Youssef|Yusuf,
          Ibrahim, Mustafa|Moustafa, Ali, Amer|Amir, Bassam, Fadi, Ghassan, Hamza, Jamal, Kamal,
          Majd, Nabil, Rami, Samer, Tarek|Tariq, Wael|Wail, Ziad|Ziyad, Anas, Firas, Mazen, Rawad
          """,
          """
          Fatima|Fatma, Aya|Ayah, Hiba|Heba, Rasha, Rania, Lina, Nour|Nur, Reem|Rim, Salma,
          Yasmin|Yasmine, Zeinab|Zainab, Maryam|Mariam, Alaa, Dima, Hala
          """,
          """
          Al-Ahmad|Alahmad|Al Ahmad, Al-Hassan|Alhasan|Al Hasan, Al-Khatib|Alkhatib|Al Khatib,
          Haddad, Darwish|Darwich, Hamdan, Khalil, Saleh|Salih, Othman|Osman|Uthman, Al-Ali|Alali,
          Al-Hussein|Alhussein, Sabbagh, Shami, Halabi, Kurdi, Ibrahim, Mansour|Mansur,
          Nasser|Nasir, Hammoud|Hamoud, Al-Masri|Almasri, Al-Omar|Alomar, Kassem|Qasim|Kasem,
          Aboud|Abboud, Jaber|Jabir, Attar, Zein|Zain, Sheikh|Al-Sheikh
          """);

  static final NameSet IRAQI =
      NameSet.of(
          """
          Ahmed|Ahmad, Ali, Hussein|Husayn, Mohammed|Muhammad, Karwan, Rebwar|Rebuar, Shwan, Aram,
          Dilshad, Hawkar, Bakhtiyar|Bakhtiar, Sarbast, Zana, Hassan, Mustafa, Haider|Hayder, Abbas,
          Sajjad|Sajad, Mahdi|Mehdi, Omar, Hawre, Kawa
          """,
          """
          Shilan, Rozhin|Rojin, Nazdar, Zahraa|Zahra, Noor|Nur, Fatima, Sara|Sarah, Dilan, Avan,
          Shno
          """,
          """
          Ahmed, Mohammed, Hussein, Kareem|Karim, Abdullah, Aziz, Rashid|Rasheed, Hama|Hamad,
          Salih|Saleh, Qadir|Kadir|Qader, Othman|Osman, Jaff|Jaf, Mahmood|Mahmoud, Abbas,
          Jasim|Jassim|Jasem, Khalaf, Al-Jubouri|Aljbouri, Al-Obaidi|Alobaidi, Tahir|Taher,
          Rasul|Rasool, Faraj, Hamid
          """);

  static final NameSet MOROCCAN =
      NameSet.of(
          """
          Mohamed|Mohammed|Muhammad, Youssef|Yousef|Youssouf, Ayoub|Ayyoub|Ayub, Hamza, Mehdi|Mahdi,
          Yassine|Yassin|Yasin, Anass|Anas, Soufiane|Sofiane|Sufyan, Hicham|Hisham, Rachid|Rashid,
          Abdelilah, Zakaria|Zakariya, Amine|Amin, Ismail|Smail, Khalid|Khaled, Said|Saeed, Karim,
          Omar, Othmane|Othman, Bilal, Reda|Rida, Nabil, Adil|Adel, Mustapha|Mustafa, Abdelkader,
          Tarik|Tariq, Ilyas|Ilias, Marouane|Marwan, Badr, Walid
          """,
          """
          Fatima Zahra|Fatimazahra|Fatima-Zahra, Khadija, Salma, Imane|Iman, Hajar, Meryem|Maryam,
          Sanaa|Sana, Nadia, Siham, Loubna|Lubna, Houda|Huda, Zineb|Zainab, Asmae|Asma
          """,
          """
          El Amrani|Elamrani|Amrani, Benali|Ben Ali, Bennani, El Idrissi|Idrissi, Alaoui|El Alaoui,
          Tazi, Berrada, El Fassi|Fassi, Ouali, Bouzid, Chraibi, Belhaj|Belhadj, Haddou, Ait
          Ali|Aitali, El Khatib|Khatib, Ziani, Laaroussi|Larousi, Lahlou, Mansouri|El Mansouri,
          Ouazzani, Benjelloun, Boukhari|El Boukhari, Naciri|Nassiri, Saidi|Essaidi, Benkirane,
          Chakir|Shakir, Hamdaoui, Tahiri, El Ouardi|Elouardi
          """);

  private ArabicNames() {}
}
