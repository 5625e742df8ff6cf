package org.counterpart.core.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regions a citizenship is generalised to when the country alone would single a person out (UN
 * M49 continents, with the Western Balkans apart because most of the region's victims are its own
 * citizens). Written as ISO 3166 user-assigned codes (QM to QZ), so that they fit the citizenship
 * column and can never be read as a real country: {@code QW} Western Balkans, {@code QX} rest of
 * Europe, {@code QY} Africa, {@code QS} Asia, {@code QN} the Americas, {@code QO} Oceania.
 */
public final class Regions {

  private Regions() {}

  public static final String WESTERN_BALKANS = "QW";
  public static final String EUROPE = "QX";
  public static final String AFRICA = "QY";
  public static final String ASIA = "QS";
  public static final String AMERICAS = "QN";
  public static final String OCEANIA = "QO";

  /** Every region code. */
  public static final Set<String> CODES =
      Set.of(WESTERN_BALKANS, EUROPE, AFRICA, ASIA, AMERICAS, OCEANIA);

  private static final Map<String, String> REGION = regions();

  private static Map<String, String> regions() {
    Map<String, String> m = new HashMap<>();
    put(m, WESTERN_BALKANS, "AL BA ME MK RS XK");
    put(
        m,
        EUROPE,
        "AD AT AX BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU"
            + " LV MC MD MT NL NO PL PT RO RU SE SI SJ SK SM UA VA");
    put(
        m,
        AFRICA,
        "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS LY MA"
            + " MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT"
            + " ZA ZM ZW");
    put(
        m,
        ASIA,
        "AE AF AM AZ BD BH BN BT CN CY GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM"
            + " MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE");
    put(
        m,
        AMERICAS,
        "AG AI AR AW BB BL BM BO BQ BR BS BV BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY"
            + " HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT UM US UY VC VE VG VI");
    put(
        m,
        OCEANIA,
        "AQ AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS");
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String region, String countries) {
    for (String c : countries.split(" ")) {
      m.put(c, region);
    }
  }

  /** The region of an ISO alpha-2 country (a region code is its own region). */
  public static Optional<String> of(String country) {
    if (CODES.contains(country)) {
      return Optional.of(country);
    }
    return Optional.ofNullable(REGION.get(country));
  }
}
