package jp.yui.domain.transport.command;

import java.time.LocalDate;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.ServiceKind;

/**
 * A paid service's driver holds a class-2 licence or has taken the minister's course (大臣認定講習), and every driver's
 * licence is valid on the day of the run.
 */
record DriverMayCarryPassengers(ServiceKind kind, DriverQualification qualification, LocalDate licenceExpiry,
                                LocalDate serviceDate) implements BusinessRule {

    @Override
    public boolean holds() {
        boolean licenceValid = licenceExpiry != null && !licenceExpiry.isBefore(serviceDate);
        boolean qualified = !kind.takesFares() || qualification == DriverQualification.CLASS_2_LICENCE
                || qualification == DriverQualification.MINISTER_APPROVED_COURSE;
        return licenceValid && qualified;
    }

    @Override
    public String explanation() {
        return "The driver's licence has expired by the day of the run, or the driver lacks the qualification a paid service needs";
    }
}
