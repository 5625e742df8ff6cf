package org.counterpart.core.demo;

/** A suspect's role in the process, named after the HTCDS {@code per_RoleInProcess} values. */
public enum PerpetratorRole {
  TRAVELLING_PARTNER("TravellingPartner"),
  TRANSPORTER("Transporter"),
  RECRUITER_OR_INTERMEDIARY("RecruiterOrIntermediary"),
  BROKER_TRAVEL_AGENT("BrokerTravelAgent"),
  TRANSFERRED_INDIVIDUAL("TransferredIndividual"),
  HARBOURED_INDIVIDUAL("HarbouredIndividual"),
  SOLD_INDIVIDUAL("SoldIndividual"),
  BOUGHT_INDIVIDUAL("BoughtIndividual"),
  RECEIVED_INDIVIDUAL("ReceivedIndividual"),
  CONTROLLED_INDIVIDUAL("ControlledIndividual"),
  SMUGGLER("Smuggler"),
  ABUSER("Abuser"),
  KIDNAPPER("Kidnapper"),
  EXPLOITER("Exploiter"),
  OTHER("Other");

  private final String htcdsValue;

  PerpetratorRole(String htcdsValue) {
    this.htcdsValue = htcdsValue;
  }

  /** The HTCDS value name, as an export must carry it. */
  public String htcdsValue() {
    return htcdsValue;
  }
}
