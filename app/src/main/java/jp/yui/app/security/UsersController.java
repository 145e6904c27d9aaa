package jp.yui.app.security;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import jp.yui.app.security.usecase.Logins;
import jp.yui.app.security.usecase.Logins.Login;
import jp.yui.app.web.Identifiers;

/**
 * Logins, managed over the API: the admin creates any, an organization's admin creates the logins of their own
 * organization (never admin or city staff), through {@link Logins}. Passwords are stored only as bcrypt hashes
 * and never shown.
 */
@RestController
@RequestMapping("/api/users")
class UsersController {

    record CreateUserRequest(@NotNull @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
                             @NotNull @Size(min = 12, max = 128) String password, @NotEmpty Set<Role> roles,
                             @Pattern(regexp = Identifiers.SLUG) String organizationId) {
    }

    private final Logins logins;

    UsersController(Logins logins) {
        this.logins = logins;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Login create(@AuthenticationPrincipal YuiUser caller, @Valid @RequestBody CreateUserRequest request) {
        return logins.create(caller, new Logins.NewLogin(request.username(), request.password(), request.roles(),
                request.organizationId()));
    }

    @GetMapping
    List<Login> list(@AuthenticationPrincipal YuiUser caller) {
        return logins.list(caller);
    }
}
