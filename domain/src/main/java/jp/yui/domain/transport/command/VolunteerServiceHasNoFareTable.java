package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.ServiceKind;

/** Volunteer transport takes no fare, so it has no fare table (only actual costs and voluntary thanks). */
record VolunteerServiceHasNoFareTable(ServiceKind kind) implements BusinessRule {

    @Override
    public boolean holds() {
        return kind.takesFares();
    }

    @Override
    public String explanation() {
        return "A volunteer service cannot take a fare; record actual costs or voluntary thanks instead";
    }
}
