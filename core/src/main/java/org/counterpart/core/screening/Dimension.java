package org.counterpart.core.screening;

/** The six dimensions of the ILO/EC indicators, in three groups. */
public enum Dimension {
  DR("deceptive recruitment", Group.RECRUITMENT),
  CR("coercive recruitment", Group.RECRUITMENT),
  VR("recruitment by abuse of vulnerability", Group.RECRUITMENT),
  EX("exploitative conditions", Group.EXPLOITATION),
  CD("coercion at destination", Group.DESTINATION),
  VD("abuse of vulnerability at destination", Group.DESTINATION);

  /** The stage of the trafficking process a dimension belongs to. */
  public enum Group {
    RECRUITMENT,
    EXPLOITATION,
    DESTINATION
  }

  private final String title;
  private final Group group;

  Dimension(String title, Group group) {
    this.title = title;
    this.group = group;
  }

  public String title() {
    return title;
  }

  public Group group() {
    return group;
  }
}
