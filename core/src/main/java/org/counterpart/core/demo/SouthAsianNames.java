package org.counterpart.core.demo;

/**
 * Afghan, Pakistani, Bangladeshi, Nepali and Indian names in Latin transcription; the variants that
 * passports and registers really show are separated by '|', the first being the usual one.
 */
final class SouthAsianNames {

  static final NameSet AFGHAN =
      NameSet.of(
          """
          Mohammad|Muhammad|Mohammed|Mohamad, Ahmad|Ahmed, Abdul|Abdol, Ali, Hamid, Rahim|Raheem,
          Karim|Kareem, Habibullah|Habib, Zabihullah|Zabiullah, Najibullah|Najib, Farid|Fareed,
          Wahid|Waheed, Jawad|Javad, Samiullah|Sami, Ismail|Esmail, Mustafa|Mostafa, Noor|Nur, Gul,
          Rahmatullah|Rahmat, Sayed|Said|Sayyed, Hussain|Hussein|Hossein, Reza|Rida,
          Mahmood|Mahmoud|Mahmud, Bilal, Shafiq|Shafiqullah, Javid|Jawed|Javed, Omid|Umid, Sohrab,
          Yusuf|Yousef|Yosuf, Idris|Edris, Khalil, Qasim|Kasim, Masood|Masoud|Massoud,
          Naqibullah|Naqib, Asadullah|Asad, Ehsan|Ihsan
          """,
          """
          Fatima|Fatema, Zahra|Zahraa, Maryam|Mariam, Marzia|Marziyeh, Nargis, Parwana, Shabnam,
          Freshta|Fereshta, Sakina, Laila|Leila|Layla, Nazanin, Roya, Mahnaz, Zainab|Zeinab,
          Hamida|Hameeda, Sima, Nilofar|Nilufar
          """,
          """
          Ahmadi, Rahimi, Hussaini|Husseini|Hosseini, Karimi, Noori|Nouri|Nuri,
          Haidari|Heydari|Haydari, Safi, Stanikzai|Stanekzai, Popalzai, Sultani, Amiri,
          Mohammadi|Muhammadi, Hashimi|Hashemi, Sadat, Wardak, Jalali, Azizi, Rezaei|Rezaie|Rezai,
          Hakimi, Qaderi|Kaderi|Qadiri, Nazari, Sharifi, Ahmadzai, Yousufzai|Yousafzai|Yusufzai,
          Shinwari, Mangal, Niazi, Hotak, Jafari|Jafary, Sediqi|Siddiqi|Sidiqi, Habibi, Samadi,
          Naseri|Nasiri, Faizi, Omari
          """);

  static final NameSet PAKISTANI =
      NameSet.of(
          """
          Muhammad|Mohammad|Mohammed, Ali, Usman|Osman, Bilal, Imtiaz, Hamza, Zeeshan|Zishan,
          Kashif, Asif, Waqas, Adnan, Faisal|Faysal, Shahid, Tariq|Tarik, Zubair|Zubayr, Junaid,
          Saqib, Rizwan, Fahad|Fahd, Naveed|Navid, Arslan, Irfan, Nadeem|Nadim, Umar|Omar,
          Yasir|Yasser, Shoaib, Amjad, Sajid, Abid, Haroon|Harun, Danish, Waseem|Wasim
          """,
          """
          Ayesha|Aisha|Aysha, Fatima, Sana, Hina, Amna, Saima, Nadia, Rabia, Sadia, Bushra, Iqra,
          Mehwish, Asma, Sidra, Kiran
          """,
          """
          Khan, Hussain|Hussein|Husain, Ahmed|Ahmad, Iqbal, Butt, Malik,
          Chaudhry|Chaudhary|Choudhry, Qureshi|Kureshi, Raza, Shah, Akhtar|Akhter, Javed|Javaid,
          Aslam, Anwar, Riaz, Abbasi, Bhatti, Mughal, Rana, Siddiqui|Siddiqi, Mirza, Sheikh|Shaikh,
          Gondal, Cheema, Warraich, Awan, Baig|Beg, Nawaz, Rashid|Rasheed, Saleem|Salim,
          Yousaf|Yusuf
          """);

  static final NameSet BANGLADESHI =
      NameSet.of(
          """
          Mohammad|Md.|Muhammad|Mohammed, Abdul, Rahim, Karim, Shahidul, Rafiqul, Mizanur, Jahangir,
          Alamgir, Sohel|Shohel, Rubel, Shakil, Nazmul, Habibur, Monirul|Monir, Jewel, Rasel|Russel,
          Sumon|Shumon, Faruk|Faruque|Farooq, Mamun, Kamal, Jamal, Anwar|Anowar, Delwar|Dilwar,
          Masud|Masood, Arif, Hasan|Hassan, Sabbir, Tanvir|Tanveer, Ripon
          """,
          """
          Fatema|Fatima, Nasrin, Shirin, Rina, Shahnaz, Parvin|Parveen, Rokeya|Rokeia,
          Sumaiya|Sumaya, Taslima, Jannatul|Jannat, Ayesha|Aysha, Mousumi|Moushumi
          """,
          """
          Hossain|Hussain|Hossen|Hosen, Rahman, Islam, Ahmed|Ahmad, Uddin, Miah|Mia, Sarker|Sarkar,
          Sheikh|Shaikh, Chowdhury|Choudhury, Talukder|Talukdar, Mollah|Molla, Biswas,
          Haque|Hoque|Huq, Kabir, Alam, Bhuiyan|Bhuiya|Bhuyan, Khan, Mondal|Mandal, Pramanik,
          Sikder, Howlader|Hawlader, Majumder|Mazumder, Das, Roy, Saha, Paul|Pal
          """);

  static final NameSet NEPALI =
      NameSet.of(
          """
          Ram, Krishna, Bikash|Vikash, Suman, Sanjay, Rajesh, Dipak|Deepak, Prakash, Santosh,
          Ramesh, Bishnu|Vishnu, Hari, Gopal, Kiran, Nabin|Navin, Sagar, Sunil, Anil, Dinesh, Manoj,
          Bibek|Vivek, Roshan, Bijay|Vijay, Suraj, Pradip|Pradeep, Mahesh, Ganesh, Nirajan, Bhim
          """,
          """
          Sita, Gita|Geeta, Sarita, Sunita, Anita, Laxmi|Lakshmi, Kamala, Sabina, Puja|Pooja,
          Manisha, Asmita, Srijana, Rita, Binita
          """,
          """
          Shrestha|Srestha, Gurung, Tamang, Magar, Rai, Limbu, Thapa, Karki, Adhikari,
          Poudel|Paudel|Paudyal, Bhandari, Khadka, Basnet, Sharma, Yadav, Chaudhary|Chaudhari, KC,
          Bhattarai, Ghimire, Dahal, Pandey|Pande, Tharu, Lama, Shahi, Bista|Bisht, Oli, Neupane,
          Subedi, Rijal
          """);

  static final NameSet INDIAN =
      NameSet.of(
          """
          Rahul, Amit, Sandeep|Sandip, Gurpreet, Harpreet, Manpreet, Jaswinder|Jasvinder,
          Sukhwinder|Sukhvinder, Rajinder|Rajender|Rajendra, Ankit, Vijay, Sunil, Arjun,
          Deepak|Dipak, Rohan, Vishal, Manoj, Pawan|Pavan, Rakesh, Sanjay, Ajay, Naveen|Navin,
          Mohit, Pradeep|Pradip, Karan, Akash|Aakash, Lovepreet, Gagandeep, Harjit|Harjeet
          """,
          """
          Priya, Pooja|Puja, Neha, Simran, Kiran, Anjali, Sunita, Kavita|Kavitha, Rani,
          Jyoti|Jyothi, Amandeep, Harleen
          """,
          """
          Singh, Kumar, Sharma, Verma, Gupta, Yadav, Patel, Reddy, Nair, Das, Mishra, Chauhan,
          Thakur, Gill, Sandhu, Sidhu, Dhillon, Brar, Grewal, Saini, Rana, Joshi, Pandey,
          Tiwari|Tewari, Malhotra, Bhatia, Chaudhary|Choudhary, Rawat, Negi
          """);

  private SouthAsianNames() {}
}
