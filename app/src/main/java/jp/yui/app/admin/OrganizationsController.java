package jp.yui.app.admin;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.security.YuiUser;
import jp.yui.app.web.Identifiers;
import jp.yui.app.admin.usecase.Organizations;
import jp.yui.infra.accounts.MongoOrganizations.Organization;

/**
 * The organizations and the names their pages show. The admin registers or renames one
 * ({@code PUT /api/admin/organizations/{org}}); a login lists the organizations it may see: all for the admin and
 * city staff, its own for everyone else.
 */
@RestController
@Validated
class OrganizationsController {

    record OrganizationRequest(@NotBlank @Size(max = 100) String name, @Size(max = 50) String district) {
    }

    private final Organizations organizations;

    OrganizationsController(Organizations organizations) {
        this.organizations = organizations;
    }

    @PutMapping("/api/admin/organizations/{org}")
    Organization save(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                      @Valid @RequestBody OrganizationRequest request) {
        return organizations.save(org, request.name(), request.district());
    }

    @GetMapping("/api/organizations")
    List<Organization> list(@AuthenticationPrincipal YuiUser user) {
        if (user.organizationId() == null) {
            return organizations.list();
        }
        return organizations.find(user.organizationId()).map(List::of).orElse(List.of());
    }
}
