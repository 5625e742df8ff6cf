package org.counterpart.analysis.joint;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.counterpart.system.HubOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At the hub's start, counts the records of a joint database that holds records but no standing
 * counts yet (one kept before the counts existed); a database with counts is left as it is.
 */
@Component
@HubOnly
class HeldRecordsCounted implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(HeldRecordsCounted.class);

  private final DataSource dataSource;

  HeldRecordsCounted(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long counted = JointRollup.countHeldRecords(c);
      if (counted > 0) {
        log.info("counted {} joint records held before the standing counts existed", counted);
      }
    }
  }
}
