package jp.yui.app.security;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.web.Conflict;
import jp.yui.app.web.Identifiers;
import jp.yui.infra.accounts.MongoUserAccounts;
import jp.yui.infra.accounts.UserAccount;

/**
 * Logins, managed over the API: the admin creates any, an organization's admin creates the logins of their own
 * organization (never admin or city staff). Passwords are stored only as bcrypt hashes and never shown.
 */
@RestController
@RequestMapping("/api/users")
class UsersController {

    record CreateUserRequest(@NotNull @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
                             @NotNull @Size(min = 12, max = 128) String password, @NotEmpty Set<Role> roles,
                             @Pattern(regexp = Identifiers.SLUG) String organizationId) {
    }

    record UserResponse(String username, List<String> roles, String organizationId) {
        static UserResponse of(UserAccount a) {
            return new UserResponse(a.username(), a.roles(), a.organizationId());
        }
    }

    private final MongoUserAccounts accounts;
    private final PasswordEncoder encoder;

    UsersController(MongoUserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse create(@AuthenticationPrincipal YuiUser caller, @Valid @RequestBody CreateUserRequest request) {
        boolean spans = request.roles().stream().anyMatch(Role::spansOrganizations);
        boolean mayCreate = caller.has(Role.ADMIN) || caller.has(Role.ORG_ADMIN) && !spans
                && caller.organizationId() != null && caller.organizationId().equals(request.organizationId());
        if (!mayCreate) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed");
        }
        if (spans == (request.organizationId() != null)) {
            throw new Conflict(HttpStatus.UNPROCESSABLE_ENTITY, "user-organization");
        }
        UserAccount account = new UserAccount(request.username(), encoder.encode(request.password()),
                request.roles().stream().map(Role::name).sorted().toList(), request.organizationId());
        if (!accounts.createIfAbsent(account)) {
            throw new Conflict("username-taken");
        }
        return UserResponse.of(account);
    }

    @GetMapping
    List<UserResponse> list(@AuthenticationPrincipal YuiUser caller) {
        if (caller.has(Role.ADMIN)) {
            return accounts.list().stream().map(UserResponse::of).toList();
        }
        if (caller.has(Role.ORG_ADMIN) && caller.organizationId() != null) {
            return accounts.list().stream().filter(a -> caller.organizationId().equals(a.organizationId()))
                    .map(UserResponse::of).toList();
        }
        throw new org.springframework.security.access.AccessDeniedException("Not allowed");
    }
}
