package org.counterpart.identity;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account for form login, locked while its lock-out lasts. */
@Component
class AccountDetailsService implements UserDetailsService {

  private final Officials officials;
  private final Clock clock;

  AccountDetailsService(Officials officials, Clock clock) {
    this.officials = officials;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var account =
        officials
            .loginAccount(username)
            .filter(a -> a.passwordHash() != null)
            .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    boolean locked =
        account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .disabled(!account.enabled())
        .accountLocked(locked)
        .authorities(
            account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
        .build();
  }
}
