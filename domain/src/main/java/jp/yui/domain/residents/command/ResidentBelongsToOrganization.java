package jp.yui.domain.residents.command;

import jp.yui.domain.shared.BusinessRule;

/** A resident's record is changed only by the organization that keeps it. */
record ResidentBelongsToOrganization(String owner, String organizationId) implements BusinessRule {

    @Override
    public boolean holds() {
        return owner.equals(organizationId);
    }

    @Override
    public String explanation() {
        return "The resident is a member of another organization";
    }
}
