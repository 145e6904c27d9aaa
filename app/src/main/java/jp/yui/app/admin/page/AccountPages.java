package jp.yui.app.admin.page;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.yui.app.page.PageController;
import jp.yui.app.security.ApiTokens;
import jp.yui.app.security.YuiUser;
import jp.yui.app.security.usecase.LoginTokens;

/**
 * The signed-in login's own API tokens ({@code /account/tokens}), for any login: a new token is shown once, on the
 * answer to the form that made it (never stored, never shown again); the list shows names and dates, never a secret.
 */
@PageController
class AccountPages {

    public static class TokenForm {
        @Size(max = 64)
        private String name;
        @NotNull @Min(1) @Max(366)
        private Integer expiresInDays = LoginTokens.DEFAULT_VALID_DAYS;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getExpiresInDays() { return expiresInDays; }
        public void setExpiresInDays(Integer expiresInDays) { this.expiresInDays = expiresInDays; }
    }

    private final LoginTokens tokens;
    private final Clock clock;

    AccountPages(LoginTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Times are shown in the service's zone (Japan). */
    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @GetMapping("/account/tokens")
    String tokens(@AuthenticationPrincipal YuiUser user, Model model) {
        model.addAttribute("token", new TokenForm());
        return page(user, model);
    }

    private String page(YuiUser user, Model model) {
        model.addAttribute("tokens", tokens.ofLogin(user.getUsername()));
        return "admin/account-tokens";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal YuiUser user, @Valid @ModelAttribute("token") TokenForm form,
                  BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            String name = form.getName() == null || form.getName().isBlank() ? null : form.getName().strip();
            ApiTokens.Issued issued = tokens.issue(user.getUsername(), name, form.getExpiresInDays());
            model.addAttribute("issued", issued);
            model.addAttribute("token", new TokenForm());
        }
        return page(user, model);
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revoke(@AuthenticationPrincipal YuiUser user, @PathVariable String tokenId, RedirectAttributes redirect) {
        tokens.revoke(user.getUsername(), tokenId);
        redirect.addFlashAttribute("done", "admin.tokens.revoked");
        return "redirect:/account/tokens";
    }
}
