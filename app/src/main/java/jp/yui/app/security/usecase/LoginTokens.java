package jp.yui.app.security.usecase;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import jp.yui.app.security.ApiTokens;
import jp.yui.app.security.YuiUser;
import jp.yui.app.web.NotFound;
import jp.yui.infra.accounts.ApiToken;
import jp.yui.infra.accounts.MongoApiTokens;
import jp.yui.infra.accounts.MongoUserAccounts;

/**
 * A login's API tokens: made by the login itself, for itself only; listed and revoked by it. The admin, and an
 * organization's admin for the logins of their organization, may list and revoke a login's tokens, e.g. when a
 * laptop is lost.
 */
@Service
public class LoginTokens {

    public static final int DEFAULT_VALID_DAYS = 90;

    private final ApiTokens tokens;
    private final MongoApiTokens stored;
    private final MongoUserAccounts accounts;

    LoginTokens(ApiTokens tokens, MongoApiTokens stored, MongoUserAccounts accounts) {
        this.tokens = tokens;
        this.stored = stored;
        this.accounts = accounts;
    }

    /** A new token of the login; its secret is in the answer only. */
    public ApiTokens.Issued issue(String username, String name, Integer validDays) {
        return tokens.issue(username, name,
                validDays == null ? DEFAULT_VALID_DAYS : validDays);
    }

    /** The login's own tokens, oldest first, without their secrets. */
    public List<ApiToken> ofLogin(String username) {
        return stored.ofUser(username);
    }

    /** Revokes one of the login's own tokens, or {@link NotFound}. */
    public void revoke(String username, String tokenId) {
        if (!stored.revoke(username, tokenId)) {
            throw new NotFound();
        }
    }

    /** Another login's tokens, to whoever manages that login (403 otherwise). */
    public List<ApiToken> ofLoginManagedBy(YuiUser caller, String username) {
        checkManages(caller, username);
        return stored.ofUser(username);
    }

    /** Revokes another login's token, for whoever manages that login (403 otherwise, 404 for no such token). */
    public void revokeOfLogin(YuiUser caller, String username, String tokenId) {
        checkManages(caller, username);
        revoke(username, tokenId);
    }

    private void checkManages(YuiUser caller, String username) {
        boolean manages = Logins.mayManage(caller, null) || accounts.find(username)
                .map(a -> Logins.mayManage(caller, a.organizationId())).orElse(false);
        if (!manages) {
            throw new AccessDeniedException("Not allowed");
        }
    }
}
