package org.counterpart.hits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the hub tells a node about one of its own references: another country's query hit it ({@code
 * HIT}), or the bulk linkage found the same subject in another country ({@code LINK}, with that
 * country's reference). The same record on the hub, on the wire and on the node.
 */
public record Notice(
    long id,
    String kind,
    String ownRef,
    String otherCountry,
    @Nullable String otherRef,
    String band,
    Instant at) {

  /** Reads the seven columns in this order, from either side's table. */
  public static Notice of(ResultSet rs) throws SQLException {
    return new Notice(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7).toInstant());
  }
}
