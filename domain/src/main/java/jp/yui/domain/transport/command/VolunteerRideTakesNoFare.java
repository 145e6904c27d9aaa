package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.ServiceKind;

/**
 * Volunteer transport is not registered under 道路運送法, so its riders give no fare: only the actual costs of the ride
 * (fuel, tolls, parking) or voluntary thanks. Recording a fare there is refused.
 */
record VolunteerRideTakesNoFare(ServiceKind kind, int fareYen) implements BusinessRule {

    @Override
    public boolean holds() {
        return kind == null || kind.takesFares() || fareYen == 0;
    }

    @Override
    public String explanation() {
        return "A volunteer service cannot take a fare; record actual costs or voluntary thanks instead";
    }
}
