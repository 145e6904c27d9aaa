package jp.yui.app.security;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
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

import jp.yui.app.security.usecase.LoginTokens;
import jp.yui.infra.accounts.ApiToken;

/**
 * A login's API tokens: made by the login itself (with its password, its session or another of its tokens), for
 * itself only; listed and revoked by it. The admin, and an organization's admin for the logins of their
 * organization, may revoke a login's token, e.g. when a laptop is lost.
 */
@RestController
class ApiTokensController {

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

    private final LoginTokens tokens;

    ApiTokensController(LoginTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/users/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(@AuthenticationPrincipal YuiUser caller,
                        @Valid @RequestBody(required = false) CreateTokenRequest request) {
        ApiTokens.Issued issued = tokens.issue(caller.getUsername(), request == null ? null : request.name(),
                request == null ? null : request.expiresInDays());
        ApiToken t = issued.token();
        return new CreatedToken(issued.secret(), t.tokenId(), t.name(), t.createdAt(), t.expiresAt());
    }

    @GetMapping("/api/users/me/tokens")
    List<TokenResponse> list(@AuthenticationPrincipal YuiUser caller) {
        return tokens.ofLogin(caller.getUsername()).stream().map(TokenResponse::of).toList();
    }

    @DeleteMapping("/api/users/me/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal YuiUser caller, @PathVariable String tokenId) {
        tokens.revoke(caller.getUsername(), tokenId);
    }

    @DeleteMapping("/api/users/{username}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeOfLogin(@AuthenticationPrincipal YuiUser caller, @PathVariable String username,
                       @PathVariable String tokenId) {
        tokens.revokeOfLogin(caller, username, tokenId);
    }
}
