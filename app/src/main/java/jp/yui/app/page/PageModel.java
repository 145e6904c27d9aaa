package jp.yui.app.page;

import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import jp.yui.app.security.Role;
import jp.yui.app.security.YuiUser;
import jp.yui.app.admin.usecase.Organizations;
import jp.yui.infra.accounts.MongoOrganizations.Organization;

/** What the layout of every page shows: who is signed in, for which organization, and where they may go. */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

    /** The links of the layout's navigation a login may follow; each page still checks its own access. */
    record Nav(String org, boolean console, boolean driver, boolean figures, boolean admin, boolean city,
               boolean till, boolean door, boolean events) {

        static Nav of(YuiUser user, String org) {
            if (user == null) {
                return new Nav(org, false, false, false, false, false, false, false, false);
            }
            boolean admin = user.has(Role.ADMIN);
            boolean inOrg = org != null && (admin || org.equals(user.organizationId()));
            boolean orgAdmin = inOrg && (admin || user.has(Role.ORG_ADMIN));
            return new Nav(org,
                    inOrg && (orgAdmin || user.has(Role.OPERATOR)),
                    inOrg && (orgAdmin || user.has(Role.OPERATOR) || user.has(Role.DRIVER)),
                    inOrg && (orgAdmin || user.has(Role.OPERATOR) || user.has(Role.VIEWER)
                            || user.has(Role.EVENT_STAFF) || user.has(Role.TILL_STAFF))
                            || org != null && user.has(Role.CITY_STAFF),
                    orgAdmin,
                    admin || user.has(Role.CITY_STAFF),
                    inOrg && (orgAdmin || user.has(Role.OPERATOR) || user.has(Role.TILL_STAFF)),
                    inOrg && (orgAdmin || user.has(Role.OPERATOR) || user.has(Role.EVENT_STAFF)),
                    inOrg && (orgAdmin || user.has(Role.OPERATOR)));
        }
    }

    private final Organizations organizations;

    PageModel(Organizations organizations) {
        this.organizations = organizations;
    }

    @ModelAttribute("user")
    YuiUser user(@AuthenticationPrincipal YuiUser user) {
        return user;
    }

    /** The organization of the page ({@code /orgs/{org}/...}), else the login's own; its name if registered. */
    @ModelAttribute("org")
    Organization organization(HttpServletRequest request, @AuthenticationPrincipal YuiUser user) {
        String id = orgOfPath(request.getRequestURI().substring(request.getContextPath().length()))
                .orElse(user == null ? null : user.organizationId());
        if (id == null) {
            return null;
        }
        return organizations.named(id);
    }

    @ModelAttribute("nav")
    Nav nav(HttpServletRequest request, @AuthenticationPrincipal YuiUser user) {
        String org = orgOfPath(request.getRequestURI().substring(request.getContextPath().length()))
                .orElse(user == null ? null : user.organizationId());
        return Nav.of(user, org);
    }

    /** The page's own path, for the language switch's links. */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The page itself in each language: its path and query string with {@code lang} set, so a switch keeps the page's choices. */
    @ModelAttribute("langLinks")
    java.util.Map<String, String> langLinks(HttpServletRequest request) {
        java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
        for (String lang : java.util.List.of("ja", "en")) {
            links.put(lang, org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("lang", lang).build().toUriString()
                    .replaceFirst("^[a-z]+://[^/]+", ""));
        }
        return links;
    }

    static Optional<String> orgOfPath(String path) {
        String[] parts = path.split("/");
        return parts.length > 2 && parts[1].equals("orgs") && !parts[2].isEmpty()
                ? Optional.of(parts[2]) : Optional.empty();
    }
}
