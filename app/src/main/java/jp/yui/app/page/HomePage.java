package jp.yui.app.page;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.yui.app.security.Role;
import jp.yui.app.security.YuiUser;
import jp.yui.app.admin.usecase.Organizations;

/** The sign-in page, and where a login lands: its organization's start page, or the list of organizations. */
@PageController
class HomePage {

    private final Organizations organizations;

    HomePage(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal YuiUser user, Model model) {
        if (user.organizationId() != null && !user.has(Role.ADMIN)) {
            return "redirect:/orgs/" + user.organizationId();
        }
        model.addAttribute("organizations", organizations.list());
        return "home";
    }

    @GetMapping({"/orgs/{org}", "/orgs/{org}/"})
    String organization(@PathVariable String org) {
        return "organization";
    }
}
