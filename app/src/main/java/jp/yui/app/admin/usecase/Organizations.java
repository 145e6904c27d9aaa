package jp.yui.app.admin.usecase;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.yui.infra.accounts.MongoOrganizations;
import jp.yui.infra.accounts.MongoOrganizations.Organization;

/** The organizations and the names their pages show: registered or renamed by the admin, read by every page. */
@Service
public class Organizations {

    private final MongoOrganizations organizations;

    Organizations(MongoOrganizations organizations) {
        this.organizations = organizations;
    }

    public Optional<Organization> find(String id) {
        return organizations.find(id);
    }

    /** The organization's registered name, else its id. */
    public Organization named(String id) {
        return organizations.find(id).orElse(new Organization(id, id, null));
    }

    public List<Organization> list() {
        return organizations.list();
    }

    /** Registers the organization or renames it; a blank district is none. */
    public Organization save(String id, String name, String district) {
        Organization organization = new Organization(id, name.strip(),
                district == null || district.isBlank() ? null : district.strip());
        organizations.save(organization);
        return organization;
    }
}
