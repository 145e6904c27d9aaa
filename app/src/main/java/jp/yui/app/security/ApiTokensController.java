package jp.yui.app.security;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import jp.yui.app.web.NotFound;
import jp.yui.infra.accounts.ApiToken;
import jp.yui.infra.accounts.MongoApiTokens;
import jp.yui.infra.accounts.MongoUserAccounts;

/**
 * A login's API tokens: made by the login itself (with its password, its session or another of its tokens), for
 * itself only; listed and revoked by it. The admin, and an organization's admin for the logins of their
 * organization, may revoke a login's token, e.g. when a laptop is lost.
 */
@RestController
class ApiTokensController {

    static final int DEFAULT_VALID_DAYS = 90;

    record CreateTokenRequest(@Size(max = 64) String name, @Min(1) @Max(366) Integer expiresInDays) {
    }

    /** The answer to a new token: the only time {@code token} is shown. */
    record CreatedToken(String token, String tokenId, String name, Instant createdAt, Instant expiresAt) {

        @Override
        public String toString() {
            return "CreatedToken[tokenId=" + tokenId + "]";
        }
    }

    record TokenResponse(String tokenId, String name, Instant createdAt, Instant expiresAt, Instant lastUsed) {
        static TokenResponse of(ApiToken t) {
            return new TokenResponse(t.tokenId(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsed());
        }
    }

    private final ApiTokens tokens;
    private final MongoApiTokens stored;
    private final MongoUserAccounts accounts;

    ApiTokensController(ApiTokens tokens, MongoApiTokens stored, MongoUserAccounts accounts) {
        this.tokens = tokens;
        this.stored = stored;
        this.accounts = accounts;
    }

    @PostMapping("/api/users/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(@AuthenticationPrincipal YuiUser caller,
                        @Valid @RequestBody(required = false) CreateTokenRequest request) {
        String name = request == null ? null : request.name();
        int days = request == null || request.expiresInDays() == null ? DEFAULT_VALID_DAYS : request.expiresInDays();
        ApiTokens.Issued issued = tokens.issue(caller.getUsername(), name, days);
        ApiToken t = issued.token();
        return new CreatedToken(issued.secret(), t.tokenId(), t.name(), t.createdAt(), t.expiresAt());
    }

    @GetMapping("/api/users/me/tokens")
    List<TokenResponse> list(@AuthenticationPrincipal YuiUser caller) {
        return stored.ofUser(caller.getUsername()).stream().map(TokenResponse::of).toList();
    }

    @DeleteMapping("/api/users/me/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal YuiUser caller, @PathVariable String tokenId) {
        if (!stored.revoke(caller.getUsername(), tokenId)) {
            throw new NotFound();
        }
    }

    @DeleteMapping("/api/users/{username}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeOfLogin(@AuthenticationPrincipal YuiUser caller, @PathVariable String username,
                       @PathVariable String tokenId) {
        boolean mayRevoke = caller.has(Role.ADMIN) || caller.has(Role.ORG_ADMIN) && caller.organizationId() != null
                && accounts.find(username).map(a -> caller.organizationId().equals(a.organizationId())).orElse(false);
        if (!mayRevoke) {
            throw new AccessDeniedException("Not allowed");
        }
        if (!stored.revoke(username, tokenId)) {
            throw new NotFound();
        }
    }
}
