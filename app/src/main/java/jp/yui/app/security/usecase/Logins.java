package jp.yui.app.security.usecase;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import jp.yui.app.security.Role;
import jp.yui.app.security.YuiUser;
import jp.yui.app.web.Conflict;
import jp.yui.infra.accounts.MongoUserAccounts;
import jp.yui.infra.accounts.UserAccount;

/**
 * Logins: the admin creates any, an organization's admin creates the logins of their own organization (never admin
 * or city staff). Passwords are stored only as bcrypt hashes and never shown.
 */
@Service
public class Logins {

    /** A login to create; {@code organizationId} is null only for the roles that span organizations. */
    public record NewLogin(String username, String password, Set<Role> roles, String organizationId) {

        @Override
        public String toString() {
            return "NewLogin[username=" + username + ", roles=" + roles + ", organizationId=" + organizationId + "]";
        }
    }

    /** A login as shown: never its password hash. */
    public record Login(String username, List<String> roles, String organizationId) {
        static Login of(UserAccount a) {
            return new Login(a.username(), a.roles(), a.organizationId());
        }
    }

    private final MongoUserAccounts accounts;
    private final PasswordEncoder encoder;

    Logins(MongoUserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /**
     * Creates the login: refused (403) to a caller who may not create it, 422 {@code user-organization} when the
     * roles and the organization do not go together, 409 {@code username-taken}.
     */
    public Login create(YuiUser caller, NewLogin request) {
        boolean spans = request.roles().stream().anyMatch(Role::spansOrganizations);
        boolean mayCreate = caller.has(Role.ADMIN) || caller.has(Role.ORG_ADMIN) && !spans
                && caller.organizationId() != null && caller.organizationId().equals(request.organizationId());
        if (!mayCreate) {
            throw new AccessDeniedException("Not allowed");
        }
        if (spans == (request.organizationId() != null)) {
            throw Conflict.unprocessable("user-organization");
        }
        UserAccount account = new UserAccount(request.username(), encoder.encode(request.password()),
                request.roles().stream().map(Role::name).sorted().toList(), request.organizationId());
        if (!accounts.createIfAbsent(account)) {
            throw new Conflict("username-taken");
        }
        return Login.of(account);
    }

    /** Every login to the admin; an organization's admin, their organization's. */
    public List<Login> list(YuiUser caller) {
        if (caller.has(Role.ADMIN)) {
            return accounts.list().stream().map(Login::of).toList();
        }
        if (caller.has(Role.ORG_ADMIN) && caller.organizationId() != null) {
            return ofOrganization(caller, caller.organizationId());
        }
        throw new AccessDeniedException("Not allowed");
    }

    /** The organization's logins (an index lookup), to the admin and to that organization's admin. */
    public List<Login> ofOrganization(YuiUser caller, String org) {
        if (!mayManage(caller, org)) {
            throw new AccessDeniedException("Not allowed");
        }
        return accounts.ofOrganization(org).stream().map(Login::of).toList();
    }

    /** Whether the caller manages the logins of the organization: the admin, or its own admin. */
    static boolean mayManage(YuiUser caller, String org) {
        return caller.has(Role.ADMIN)
                || caller.has(Role.ORG_ADMIN) && org != null && org.equals(caller.organizationId());
    }
}
