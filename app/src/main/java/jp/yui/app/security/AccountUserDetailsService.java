package jp.yui.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import jp.yui.infra.accounts.MongoUserAccounts;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final MongoUserAccounts accounts;

    AccountUserDetailsService(MongoUserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(a -> User.withUsername(a.username())
                        .password(a.passwordHash())
                        .roles(a.roles().toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
