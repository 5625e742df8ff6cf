package org.counterpart.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officials' accounts and agencies of this node or hub. */
@Service
public class Officials {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final Clock clock;

  Officials(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates the agency if its code is new; returns its code either way. */
  @Transactional
  public String ensureAgency(String code, AgencyKind kind, String name, String country) {
    jdbc.sql(
            """
            insert into agency (public_id, code, kind, name, country) values (?, ?, ?, ?, ?)
            on conflict (code) do nothing
            """)
        .params(UUID.randomUUID(), code, kind.name(), name, country)
        .update();
    return code;
  }

  public boolean exists(String username) {
    return jdbc.sql("select count(*) from app_user where username = ?")
            .param(username)
            .query(Integer.class)
            .single()
        > 0;
  }

  @Transactional
  public Official create(NewOfficial command, String createdBy) {
    if (exists(command.username())) {
      throw new DuplicateUsernameException(command.username());
    }
    @Nullable Long agencyId =
        command.agencyCode() == null
            ? null
            : jdbc.sql("select id from agency where code = ?")
                .param(command.agencyCode())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new UnknownAgencyException(command.agencyCode()));
    UUID id = UUID.randomUUID();
    long userId =
        jdbc.sql(
                """
                insert into app_user (public_id, username, display_name, email, password_hash,
                                      agency_id, preferred_language)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
            .params(
                id,
                command.username(),
                command.displayName(),
                command.email(),
                passwords.encode(command.password()),
                agencyId,
                command.preferredLanguage())
            .query(Long.class)
            .single();
    for (UserRole role : command.roles()) {
      jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
          .params(userId, role.name())
          .update();
    }
    audit.record(
        AuditEvent.of(createdBy, "user.created", "user", id.toString())
            .details("roles=" + command.roles()));
    return find(command.username()).orElseThrow();
  }

  public Optional<Official> find(String username) {
    return jdbc.sql(
            """
            select u.public_id, u.username, u.display_name, a.code, a.kind, u.preferred_language,
                   coalesce(string_agg(r.role, ',' order by r.role), '') as roles, u.email
            from app_user u
            left join agency a on a.id = u.agency_id
            left join user_role r on r.user_id = u.id
            where u.username = ?
            group by u.id, a.code, a.kind
            """)
        .param(username)
        .query(Officials::toOfficial)
        .optional();
  }

  public List<Official> all() {
    return jdbc.sql(
            """
            select u.public_id, u.username, u.display_name, a.code, a.kind, u.preferred_language,
                   coalesce(string_agg(r.role, ',' order by r.role), '') as roles, u.email
            from app_user u
            left join agency a on a.id = u.agency_id
            left join user_role r on r.user_id = u.id
            group by u.id, a.code, a.kind
            order by u.username
            """)
        .query(Officials::toOfficial)
        .list();
  }

  /** What login needs to know of an account. */
  record LoginAccount(
      String username,
      @Nullable String passwordHash,
      boolean enabled,
      @Nullable Instant lockedUntil,
      Set<UserRole> roles) {}

  Optional<LoginAccount> loginAccount(String username) {
    return jdbc.sql(
            """
            select u.username, u.password_hash, u.enabled, u.locked_until,
                   coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from app_user u left join user_role r on r.user_id = u.id
            where u.username = ?
            group by u.id
            """)
        .param(username)
        .query(
            (rs, n) ->
                new LoginAccount(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBoolean(3),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                    roles(rs.getString(5))))
        .optional();
  }

  /** Counts a failed login; locks the account once {@code limit} failures follow each other. */
  @Transactional
  void recordFailedLogin(String username, int limit, Duration lockFor) {
    Instant lockUntil = clock.instant().plus(lockFor);
    jdbc.sql(
            """
            update app_user set failed_attempts = failed_attempts + 1,
                   locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
            where username = ?
            """)
        .params(limit, Timestamp.from(lockUntil), username)
        .update();
  }

  @Transactional
  void recordSuccessfulLogin(String username) {
    jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ?")
        .param(username)
        .update();
  }

  private static Official toOfficial(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    String kind = rs.getString(5);
    return new Official(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        kind == null ? null : AgencyKind.valueOf(kind),
        rs.getString(6),
        roles(rs.getString(7)),
        rs.getString(8));
  }

  private static Set<UserRole> roles(String joined) {
    List<UserRole> roles = new ArrayList<>();
    for (String name : joined.split(",")) {
      if (!name.isBlank()) {
        roles.add(UserRole.valueOf(name));
      }
    }
    return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }
}
