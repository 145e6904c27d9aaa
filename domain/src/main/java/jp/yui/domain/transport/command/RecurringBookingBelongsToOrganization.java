package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** A recurring booking is changed only by its own organization. */
record RecurringBookingBelongsToOrganization(String owner, String organizationId) implements BusinessRule {

    @Override
    public boolean holds() {
        return owner.equals(organizationId);
    }

    @Override
    public String explanation() {
        return "The recurring booking belongs to another organization";
    }
}
