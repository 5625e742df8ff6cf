package org.counterpart.cases;

import java.util.List;
import java.util.Set;

/** HTCDS 2.0 value names used by the case registry, exported as they are. */
public final class Vocabulary {

  private Vocabulary() {}

  public static final List<String> GENDERS =
      List.of(
          "Feminine",
          "Masculine",
          "TransgenderFeminine",
          "TransgenderMasculine",
          "NonConforming",
          "NonSpecifiedUnknown");

  /**
   * HTCDS 2.0 {@code vic_TypeOfExploitation}, plus {@code ForcedCriminality} (EU Directive 2011/36
   * Art. 2(3)), which the standard lacks and the region's cases need.
   */
  public static final List<String> EXPLOITATION_TYPES =
      List.of(
          "ForcedLabour",
          "SexualExploitation",
          "ChildLabour",
          "ForcedMarriage",
          "Servitude",
          "ForcedMilitaryByNonStateActors",
          "OrganRemoval",
          "ForcedBegging",
          "ForcedAdoption",
          "Surrogacy",
          "ForcedCriminality",
          "Other");

  /** HTCDS 2.0 {@code vic_ForcedLabourIndustry}: ISIC Rev. 4 sections. */
  public static final List<String> LABOUR_SECTORS =
      List.of(
          "A_AgricultureForestryAndFishing",
          "B_MiningAndQuarrying",
          "C_Manufacturing",
          "D_ElectricityGasSteamAndAirConditioningSupply",
          "E_WaterSupplySewerageWasteManagement",
          "F_Construction",
          "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
          "H_TransportationAndStorage",
          "I_AccommodationAndFoodServiceActivities",
          "J_InformationAndCommunication",
          "K_FinancialAndInsuranceActivities",
          "L_RealEstateActivities",
          "M_ProfessionalScientificAndTechnicalActivities",
          "N_AdministrativeAndSupportServiceActivities",
          "O_PublicAdministrationAndDefence",
          "P_Education",
          "Q_HumanHealthAndSocialWorkActivities",
          "R_ArtsEntertainmentAndRecreation",
          "S_OtherServiceActivities",
          "T_ActivitiesOfHouseholdsAsEmployers",
          "U_ActivitiesOfExtraterritorialOrganizations");

  public static final List<String> RECRUITMENT_METHODS =
      List.of(
          "AtAPlaceOfBusiness",
          "AtAnEducationalInstitution",
          "AtWork",
          "ThroughOnlineSocialNetworks",
          "ThroughAnOnlineAdvertisement",
          "ThroughATelevisionAdvert",
          "ThroughANewspaperAdvert",
          "ThroughFamilyOrFamilyEvents",
          "ThroughFriendsOrSocialEvents",
          "Other");

  public static final List<String> PERPETRATOR_ROLES =
      List.of(
          "TravellingPartner",
          "Transporter",
          "RecruiterOrIntermediary",
          "BrokerTravelAgent",
          "TransferredIndividual",
          "HarbouredIndividual",
          "SoldIndividual",
          "BoughtIndividual",
          "ReceivedIndividual",
          "ControlledIndividual",
          "Smuggler",
          "Abuser",
          "Kidnapper",
          "Exploiter",
          "Other");

  public static final List<String> EVENT_TYPES = List.of("Recruitment", "Transit", "Exploitation");

  public static final List<String> TRANSPORT =
      List.of("car", "bus", "truck", "van", "train", "plane", "boat", "on foot", "other");

  /** ISO 3166 alpha-2 codes the registry accepts, with XK for Kosovo. */
  public static final Set<String> COUNTRIES = countries();

  private static Set<String> countries() {
    var codes = new java.util.TreeSet<>(Set.of(java.util.Locale.getISOCountries()));
    codes.add("XK");
    return Set.copyOf(codes);
  }
}
