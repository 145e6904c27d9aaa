package jp.yui.domain.transport.command;

import java.time.LocalDate;

import jp.yui.domain.shared.BusinessRule;

/**
 * 乗務記録 are kept a year and 事故の記録 two years (道路運送法施行規則 51条の22, 51条の25), and both name the driver. So
 * a driver's name may be erased only once their last duty is more than a year old and their last accident more than
 * two years old.
 */
record DriverRecordsHaveExpired(LocalDate lastDuty, LocalDate lastAccident, LocalDate today) implements BusinessRule {

    @Override
    public boolean holds() {
        return (lastDuty == null || lastDuty.plusYears(1).isBefore(today))
                && (lastAccident == null || lastAccident.plusYears(2).isBefore(today));
    }

    @Override
    public String explanation() {
        return "The driver's duty records (kept one year) or accident records (kept two years) have not expired yet";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
