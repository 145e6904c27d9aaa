package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** A driver's record is changed only by the organization the driver drives for. */
record DriverBelongsToOrganization(String owner, String organizationId) implements BusinessRule {

    @Override
    public boolean holds() {
        return owner.equals(organizationId);
    }

    @Override
    public String explanation() {
        return "The driver belongs to another organization";
    }
}
