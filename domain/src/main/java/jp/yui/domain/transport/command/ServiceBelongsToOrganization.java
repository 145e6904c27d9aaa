package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** A service is changed only by its own organization. */
record ServiceBelongsToOrganization(String owner, String organizationId) implements BusinessRule {

    @Override
    public boolean holds() {
        return owner.equals(organizationId);
    }

    @Override
    public String explanation() {
        return "The service belongs to another organization";
    }
}
