package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** A run is booked only through the organization that operates it. */
record RunBelongsToOrganization(String runOrganization, String requestingOrganization) implements BusinessRule {

    @Override
    public boolean holds() {
        return runOrganization.equals(requestingOrganization);
    }

    @Override
    public String explanation() {
        return "The run is not operated by this organization";
    }
}
