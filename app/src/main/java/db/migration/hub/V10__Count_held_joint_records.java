package db.migration.hub;

import org.counterpart.analysis.joint.JointRollup;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Counts the joint records a hub held before its standing counts existed (V9), before the hub
 * serves anything: from here on every writer keeps the counts in step. Java, not SQL, so that the
 * counts follow the one definition in {@code core} ({@code Rollup}).
 */
public class V10__Count_held_joint_records extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    try (var s = context.getConnection().createStatement();
        var counted = s.executeQuery("select exists (select 1 from joint_count)")) {
      counted.next();
      if (counted.getBoolean(1)) {
        return; // counted already by the writers
      }
    }
    JointRollup.countAll(context.getConnection());
  }
}
