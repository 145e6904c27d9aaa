package jp.yui.app.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import jp.yui.infra.accounts.UserAccount;

/** A logged-in user with the organization the login belongs to (null for admin and city staff). */
public final class YuiUser extends User {

    private final String organizationId;
    private final Set<Role> roles;

    YuiUser(String username, String passwordHash, boolean locked, Set<Role> roles, String organizationId) {
        super(username, passwordHash, true, true, true, !locked,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        this.organizationId = organizationId;
        this.roles = Set.copyOf(roles);
    }

    /** The login as its account stands now. */
    static YuiUser of(UserAccount account, boolean locked) {
        Set<Role> roles = account.roles().stream().map(Role::valueOf).collect(Collectors.toSet());
        return new YuiUser(account.username(), account.passwordHash(), locked, roles, account.organizationId());
    }

    /** The service itself acting with the admin's rights (the demo seeder): no password, it cannot sign in. */
    public static YuiUser system(String name) {
        return new YuiUser(name, "", false, Set.of(Role.ADMIN), null);
    }

    public String organizationId() {
        return organizationId;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return roles;
    }
}
