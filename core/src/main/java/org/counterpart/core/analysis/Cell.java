package org.counterpart.core.analysis;

/**
 * A count of the joint database: records of one source group ({@code REGION} or {@code CTDC}) in
 * one quarter holding one value of one dimension.
 */
public record Cell(String group, Period period, Dimension dimension, String value, long count) {

  /** The region's own records (every node). */
  public static final String REGION = "REGION";

  /** CTDC's global records. */
  public static final String CTDC = "CTDC";

  /** The group a record's source belongs to. */
  public static String groupOf(String source) {
    return CTDC.equals(source) ? CTDC : REGION;
  }
}
