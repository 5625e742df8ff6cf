package org.counterpart.core.demo;

/** Sector of forced labour, mapped to the HTCDS {@code vic_ForcedLabourIndustry} (ISIC) values. */
public enum LabourSector {
  AGRICULTURE("A_AgricultureForestryAndFishing"),
  MANUFACTURING("C_Manufacturing"),
  CONSTRUCTION("F_Construction"),
  TRADE_AND_CAR_WASH("G_WholesaleAndRetailTradeRepairOfMotorVehicles"),
  TRANSPORT("H_TransportationAndStorage"),
  ACCOMMODATION_AND_FOOD("I_AccommodationAndFoodServiceActivities"),
  DOMESTIC_WORK("T_ActivitiesOfHouseholdsAsEmployers");

  private final String htcdsValue;

  LabourSector(String htcdsValue) {
    this.htcdsValue = htcdsValue;
  }

  /** The HTCDS value name, as an export must carry it. */
  public String htcdsValue() {
    return htcdsValue;
  }
}
