package jp.yui.domain.transport.command;

import java.util.Objects;

import jp.yui.domain.shared.BusinessRule;

/** Only the run's own driver is checked and starts its duty. */
record DriverIsAssigned(String runDriverId, String driverId) implements BusinessRule {

    @Override
    public boolean holds() {
        return runDriverId == null || Objects.equals(runDriverId, driverId);
    }

    @Override
    public String explanation() {
        return "This driver is not assigned to the run";
    }
}
