package org.counterpart.system;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings the schema up to date with the owner login and grants the application login only what it
 * needs.
 *
 * <p>Migrations common to both roles and those of the role run as two Flyway histories, so each set
 * is numbered on its own. A table whose comment starts with {@code append-only:} gets no UPDATE,
 * DELETE or TRUNCATE right for the application; one marked {@code never-deleted:} no DELETE or
 * TRUNCATE.
 */
final class SchemaMigrations {

  private SchemaMigrations() {}

  static void migrate(
      DataSource admin,
      Role role,
      @Nullable String country,
      String appUser,
      @Nullable String managedPassword) {
    Flyway.configure()
        .dataSource(admin)
        .locations("classpath:db/migration/common")
        .table("flyway_schema_history")
        .load()
        .migrate();
    String roleName = role.name().toLowerCase(Locale.ROOT);
    Flyway.configure()
        .dataSource(admin)
        .locations("classpath:db/migration/" + roleName)
        .table("flyway_history_" + roleName)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    var jdbc = new JdbcTemplate(admin);
    claimIdentity(jdbc, role, country);
    grant(jdbc, appUser, managedPassword);
  }

  /** Refuses to run a database that belongs to another role or country. */
  private static void claimIdentity(JdbcTemplate jdbc, Role role, @Nullable String country) {
    jdbc.update(
        "insert into instance_identity (role, country) values (?, ?) on conflict do nothing",
        role.name(),
        country);
    var owner = jdbc.queryForMap("select role, country from instance_identity where singleton");
    if (!role.name().equals(owner.get("role"))
        || !java.util.Objects.equals(country, owner.get("country"))) {
      throw new IllegalStateException(
          "this database belongs to "
              + owner.get("role")
              + " "
              + (owner.get("country") == null ? "" : owner.get("country"))
              + ", not to "
              + role
              + " "
              + (country == null ? "" : country)
              + ": point the data folder or COUNTERPART_DB_URL elsewhere");
    }
  }

  private static void grant(JdbcTemplate jdbc, String appUser, @Nullable String managedPassword) {
    String owner = jdbc.queryForObject("select current_user", String.class);
    if (appUser.equals(owner)) {
      return;
    }
    String login = quoteIdentifier(appUser);
    if (managedPassword != null) {
      Integer exists =
          jdbc.queryForObject(
              "select count(*) from pg_roles where rolname = ?", Integer.class, appUser);
      if (exists == null || exists == 0) {
        jdbc.execute("create role " + login + " login");
      }
      jdbc.execute("alter role " + login + " password " + quoteLiteral(managedPassword));
    }
    jdbc.execute("grant usage on schema public to " + login);
    jdbc.execute("grant select, insert, update, delete on all tables in schema public to " + login);
    jdbc.execute("grant usage, select on all sequences in schema public to " + login);
    // Functions are not left to PUBLIC's default right (migrations revoke it): named here.
    jdbc.execute("grant execute on all functions in schema public to " + login);
    Integer version =
        jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class);
    if (version != null && version >= 170000) {
      // Lets bulk loads refresh planner statistics at once instead of waiting for autovacuum.
      jdbc.execute("grant maintain on all tables in schema public to " + login);
    }
    for (String table : tablesMarked(jdbc, "append-only")) {
      jdbc.execute(
          "revoke update, delete, truncate on " + quoteIdentifier(table) + " from " + login);
    }
    for (String table : tablesMarked(jdbc, "never-deleted")) {
      jdbc.execute("revoke delete, truncate on " + quoteIdentifier(table) + " from " + login);
    }
  }

  private static List<String> tablesMarked(JdbcTemplate jdbc, String mark) {
    return jdbc.queryForList(
        """
        select c.relname from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_description d on d.objoid = c.oid and d.objsubid = 0
        where n.nspname = 'public' and c.relkind = 'r' and d.description like ?
        """,
        String.class,
        mark + ":%");
  }

  private static String quoteIdentifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static String quoteLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
