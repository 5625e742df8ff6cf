package org.counterpart.core.demo;

import java.util.ArrayList;
import java.util.List;

/** The crossing points of the Western Balkans and of the routes leading into and out of it. */
final class BorderCrossings {

  private static final String CAR = "car";
  private static final String BUS = "bus";
  private static final String TRUCK = "truck";
  private static final String FOOT = "on foot";
  private static final String BOAT = "boat";
  private static final String PLANE = "plane";
  private static final String TRAIN = "train";

  private static final String ISTANBUL = "İstanbul Havalimanı";
  private static final String DUBAI = "Dubai International Airport";
  private static final String BELGRADE = "Aerodrom Nikola Tesla Beograd";
  private static final String SARAJEVO = "Međunarodni aerodrom Sarajevo";
  private static final String PODGORICA = "Aerodrom Podgorica";

  static final List<BorderCrossing> ALL =
      List.of(
          crossing("GR", "Evzoni", "MK", "Bogorodica", CAR, BUS, TRUCK),
          crossing("GR", "Idomeni", "MK", "Gevgelija", TRAIN, FOOT),
          crossing("GR", "Niki", "MK", "Medžitlija", CAR, BUS, TRUCK),
          crossing("GR", "Doirani", "MK", "Star Dojran", CAR),
          crossing("MK", "Tabanovce", "RS", "Preševo", CAR, BUS, TRUCK, TRAIN),
          crossing("MK", "Lojane (green border)", "RS", "Miratovac (green border)", FOOT),
          crossing("MK", "Blace", "XK", "Hani i Elezit", CAR, BUS, TRUCK),
          crossing("MK", "Jažince", "XK", "Glloboçicë", CAR),
          crossing("MK", "Kjafasan", "AL", "Qafë Thanë", CAR, BUS, TRUCK),
          crossing("MK", "Sveti Naum", "AL", "Tushemisht", CAR),
          crossing("MK", "Spas", "AL", "Bllatë", CAR),
          crossing("MK", "Stenje", "AL", "Goricë", CAR),
          crossing("MK", "Deve Bair", "BG", "Gyueshevo", CAR, BUS, TRUCK),
          crossing("RS", "Horgoš", "HU", "Röszke", CAR, BUS, TRUCK),
          crossing("RS", "Kelebija", "HU", "Tompa", CAR, BUS, TRUCK, TRAIN),
          crossing("RS", "Subotica (green border)", "HU", "Ásotthalom (green border)", FOOT),
          crossing("RS", "Bački Breg", "HU", "Hercegszántó", CAR),
          crossing("RS", "Batrovci", "HR", "Bajakovo", CAR, BUS, TRUCK),
          crossing("RS", "Šid", "HR", "Tovarnik", TRAIN, FOOT),
          crossing("RS", "Bačka Palanka", "HR", "Ilok", CAR),
          crossing("RS", "Vatin", "RO", "Moravița", CAR, BUS, TRUCK),
          crossing("RS", "Kaluđerovo", "RO", "Naidăș", CAR),
          crossing("RS", "Gradina", "BG", "Kalotina", CAR, BUS, TRUCK),
          crossing("RS", "Vrška Čuka", "BG", "Vrashka Chuka", CAR),
          crossing("RS", "Sremska Rača", "BA", "Rača", CAR, BUS, TRUCK),
          crossing("RS", "Mali Zvornik", "BA", "Zvornik", CAR, BUS),
          crossing("RS", "Ljubovija", "BA", "Bratunac", CAR, BOAT),
          crossing("RS", "Kotroman", "BA", "Vardište", CAR, BUS),
          crossing("RS", "Trbušnica", "BA", "Šepak", CAR),
          crossing("RS", "Gostun", "ME", "Dobrakovo", CAR, BUS, TRUCK),
          crossing("RS", "Jabuka", "ME", "Ranče", CAR),
          crossing("RS", "Špiljani", "ME", "Dračenovac", CAR, BUS),
          crossing("RS", "Merdare", "XK", "Merdarë", CAR, BUS, TRUCK),
          crossing("RS", "Jarinje", "XK", "Jarinjë", CAR, TRUCK),
          crossing("RS", "Končulj", "XK", "Dheu i Bardhë", CAR, BUS),
          crossing("RS", "Brnjak", "XK", "Bërnjak", CAR),
          crossing("XK", "Vërmicë", "AL", "Morinë", CAR, BUS, TRUCK),
          crossing("XK", "Qafa e Prushit", "AL", "Qafë Prush", CAR),
          crossing("XK", "Qafa e Morinës", "AL", "Qafë Morinë", CAR),
          crossing("XK", "Kulla", "ME", "Kula", CAR, BUS),
          crossing("AL", "Hani i Hotit", "ME", "Božaj", CAR, BUS, TRUCK),
          crossing("AL", "Muriqan", "ME", "Sukobin", CAR, BUS),
          crossing("AL", "Vermosh", "ME", "Grnčar", CAR),
          crossing("AL", "Liqeni i Shkodrës", "ME", "Skadarsko jezero", BOAT),
          crossing("AL", "Kakavijë", "GR", "Kakavia", CAR, BUS, TRUCK, FOOT),
          crossing("AL", "Kapshticë", "GR", "Krystallopigi", CAR, BUS, FOOT),
          crossing("AL", "Qafë Botë", "GR", "Mavromati", CAR, FOOT),
          crossing("AL", "Tre Urat", "GR", "Mertziani", CAR),
          crossing("AL", "Porti i Durrësit", "IT", "Porto di Bari", BOAT),
          crossing("AL", "Porti i Vlorës", "IT", "Porto di Brindisi", BOAT),
          crossing("ME", "Vraćenovići", "BA", "Deleuša", CAR, BUS, FOOT),
          crossing("ME", "Šćepan Polje", "BA", "Hum", CAR, FOOT),
          crossing("ME", "Metaljka", "BA", "Metaljka", CAR),
          crossing("ME", "Sitnica", "BA", "Zupci", CAR),
          crossing("ME", "Debeli Brijeg", "HR", "Karasovići", CAR, BUS, TRUCK),
          crossing("BA", "Izačić", "HR", "Ličko Petrovo Selo", CAR, BUS, TRUCK, FOOT),
          crossing("BA", "Velika Kladuša", "HR", "Maljevac", CAR, FOOT),
          crossing("BA", "Gradiška", "HR", "Stara Gradiška", CAR, BUS, TRUCK),
          crossing("BA", "Bijača", "HR", "Nova Sela", CAR, BUS, TRUCK),
          crossing("BA", "Orašje", "HR", "Županja", CAR),
          crossing("BA", "Šamac", "HR", "Slavonski Šamac", CAR),
          crossing("HR", "Bregana", "SI", "Obrežje", CAR, BUS, TRUCK),
          crossing("SI", "Fernetiči", "IT", "Fernetti", CAR, TRUCK),
          crossing("HU", "Hegyeshalom", "AT", "Nickelsdorf", CAR, BUS, TRUCK, TRAIN),
          crossing("TR", "İpsala", "GR", "Kipoi", CAR, BUS, TRUCK),
          crossing("TR", "Meriç river", "GR", "Evros river (Feres)", BOAT, FOOT),
          crossing("TR", "Ayvalık", "GR", "Mytilene (Lesvos)", BOAT),
          crossing("TR", "Kapıkule", "BG", "Kapitan Andreevo", CAR, BUS, TRUCK),
          crossing("TR", "Dereköy (green border)", "BG", "Malko Tarnovo (green border)", FOOT),
          crossing("UA", "Chop", "HU", "Záhony", CAR, BUS, TRAIN),
          crossing("TR", ISTANBUL, "RS", BELGRADE, PLANE),
          crossing("TR", ISTANBUL, "BA", SARAJEVO, PLANE),
          crossing("TR", ISTANBUL, "ME", PODGORICA, PLANE),
          crossing("TR", ISTANBUL, "AL", "Aeroporti Ndërkombëtar i Tiranës Nënë Tereza", PLANE),
          crossing("AE", DUBAI, "RS", BELGRADE, PLANE),
          crossing("AE", DUBAI, "BA", SARAJEVO, PLANE),
          crossing("AE", DUBAI, "ME", PODGORICA, PLANE),
          crossing("AE", DUBAI, "MK", "Megjunaroden aerodrom Skopje", PLANE));

  private BorderCrossings() {}

  /** The crossings between two countries, in catalogue order so choices stay reproducible. */
  static List<BorderCrossing> between(String from, String to) {
    List<BorderCrossing> found = new ArrayList<>();
    for (BorderCrossing crossing : ALL) {
      if (crossing.joins(from, to)) {
        found.add(crossing);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("No crossing known between " + from + " and " + to);
    }
    return List.copyOf(found);
  }

  private static BorderCrossing crossing(
      String countryA, String nameA, String countryB, String nameB, String... transports) {
    return new BorderCrossing(countryA, nameA, countryB, nameB, List.of(transports));
  }
}
