package org.counterpart.cases;

import java.util.List;
import java.util.Set;
import org.counterpart.core.analysis.JointVocabulary;

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
  public static final List<String> EXPLOITATION_TYPES = JointVocabulary.EXPLOITATION;

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

  public static final List<String> RECRUITMENT_METHODS = JointVocabulary.RECRUITMENT;

  public static final List<String> PERPETRATOR_ROLES = JointVocabulary.PERPETRATOR_ROLES;

  public static final List<String> EVENT_TYPES = List.of("Recruitment", "Transit", "Exploitation");

  public static final List<String> TRANSPORT = JointVocabulary.TRANSPORT;

  /** ISO 3166 alpha-2 codes the registry accepts, with XK for Kosovo. */
  public static final Set<String> COUNTRIES = JointVocabulary.COUNTRIES;
}
