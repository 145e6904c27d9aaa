package jp.yui.app.admin.page;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.page.PageController;
import jp.yui.app.security.Role;
import jp.yui.app.security.YuiUser;
import jp.yui.app.security.usecase.LoginTokens;
import jp.yui.app.security.usecase.Logins;
import jp.yui.app.security.usecase.Logins.Login;
import jp.yui.app.web.NotFound;
import jp.yui.infra.accounts.ApiToken;

/**
 * ログイン: the organization's logins (an index lookup by organization) and a form for a new one with its roles; the
 * API tokens of those logins, each revocable by the admin (e.g. when a laptop is lost). Passwords are never shown.
 */
@PageController
class UserPages {

    /** The roles an organization's login may have (admin and city staff span organizations). */
    static final Set<Role> ORGANIZATION_ROLES = EnumSet.of(Role.ORG_ADMIN, Role.OPERATOR, Role.DRIVER,
            Role.EVENT_STAFF, Role.TILL_STAFF, Role.VIEWER);

    public static class LoginForm {
        @NotNull @Pattern(regexp = "[a-z0-9._-]{3,64}")
        private String username;
        @NotNull @Size(min = 12, max = 128)
        private String password;
        @NotEmpty
        private Set<Role> roles = new LinkedHashSet<>();

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) { this.roles = roles == null ? new LinkedHashSet<>() : roles; }
    }

    private static final Map<String, String> FIELD_OF_RULE = Map.of("username-taken", "username",
            "user-organization", "roles");

    private final Logins logins;
    private final LoginTokens tokens;
    private final Clock clock;
    private final FormRefusals refusals;

    UserPages(Logins logins, LoginTokens tokens, FormRefusals refusals, Clock clock) {
        this.logins = logins;
        this.tokens = tokens;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** Times are shown in the service's zone (Japan). */
    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @GetMapping("/orgs/{org}/admin/users")
    String users(@PathVariable String org, @AuthenticationPrincipal YuiUser caller, Model model) {
        model.addAttribute("login", new LoginForm());
        return page(org, caller, model);
    }

    private String page(String org, YuiUser caller, Model model) {
        model.addAttribute("logins", logins.ofOrganization(caller, org));
        model.addAttribute("roles", ORGANIZATION_ROLES);
        return "admin/users";
    }

    @PostMapping("/orgs/{org}/admin/users")
    String create(@PathVariable String org, @AuthenticationPrincipal YuiUser caller,
                  @Valid @ModelAttribute("login") LoginForm form, BindingResult binding, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (!form.getRoles().stream().allMatch(ORGANIZATION_ROLES::contains)) {
            binding.rejectValue("roles", "admin.users.orgRolesOnly");
        }
        if (!binding.hasErrors()) {
            try {
                Login created = logins.create(caller, new Logins.NewLogin(form.getUsername(), form.getPassword(),
                        form.getRoles(), org));
                redirect.addFlashAttribute("done", "admin.users.created");
                redirect.addFlashAttribute("created", created.username());
                return "redirect:/orgs/" + org + "/admin/users";
            } catch (RuntimeException e) {
                refusals.show(e, binding, locale, FIELD_OF_RULE);
            }
        }
        form.setPassword(null);
        return page(org, caller, model);
    }

    @GetMapping("/orgs/{org}/admin/tokens")
    String tokens(@PathVariable String org, @AuthenticationPrincipal YuiUser caller, Model model) {
        Map<String, List<ApiToken>> byLogin = new LinkedHashMap<>();
        for (Login login : logins.ofOrganization(caller, org)) {
            byLogin.put(login.username(), tokens.ofLoginManagedBy(caller, login.username()));
        }
        model.addAttribute("tokensByLogin", byLogin);
        return "admin/tokens";
    }

    @PostMapping("/orgs/{org}/admin/tokens/{username}/{tokenId}/revoke")
    String revoke(@PathVariable String org, @PathVariable String username, @PathVariable String tokenId,
                  @AuthenticationPrincipal YuiUser caller, RedirectAttributes redirect) {
        if (logins.ofOrganization(caller, org).stream().noneMatch(l -> l.username().equals(username))) {
            throw new NotFound();
        }
        tokens.revokeOfLogin(caller, username, tokenId);
        redirect.addFlashAttribute("done", "admin.tokens.revoked");
        return "redirect:/orgs/" + org + "/admin/tokens";
    }
}
