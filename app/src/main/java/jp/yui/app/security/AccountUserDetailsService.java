package jp.yui.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import jp.yui.infra.accounts.MongoUserAccounts;

/** Loads logins from the accounts collection; a login locked after repeated failures is loaded as locked. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final MongoUserAccounts accounts;
    private final LoginAttempts attempts;

    AccountUserDetailsService(MongoUserAccounts accounts, LoginAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(a -> YuiUser.of(a, attempts.isLocked(a.username())))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
