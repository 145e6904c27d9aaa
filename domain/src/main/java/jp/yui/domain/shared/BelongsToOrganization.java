package jp.yui.domain.shared;

/**
 * A record (run, service, driver, resident, recurring booking…) is read or changed only through the organization
 * that keeps it. Callers answer a breach like a missing record, so one organization does not learn what another has.
 */
public record BelongsToOrganization(String record, String owner, String requestingOrganization) implements BusinessRule {

    @Override
    public boolean holds() {
        return owner != null && owner.equals(requestingOrganization);
    }

    @Override
    public String explanation() {
        return "The " + record + " is kept by another organization";
    }
}
