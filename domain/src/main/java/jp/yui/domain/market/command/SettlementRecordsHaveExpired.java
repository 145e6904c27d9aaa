package jp.yui.domain.market.command;

import java.time.LocalDate;
import java.time.Month;

import jp.yui.domain.shared.BusinessRule;

/**
 * 帳簿の保存期間: settlements (and the producer's name and bank details on them) are kept 7 years after the end of the
 * fiscal year (April–March) that holds the last day of their period (法人税法施行規則 59条, 所得税法施行規則 63条).
 * A producer's personal data may be erased only once the latest settlement is past that.
 */
record SettlementRecordsHaveExpired(LocalDate latestPeriodTo, LocalDate today) implements BusinessRule {

    static final int RETENTION_YEARS = 7;

    @Override
    public boolean holds() {
        return latestPeriodTo == null || today.isAfter(keptUntil(latestPeriodTo));
    }

    /** The last day a settlement whose period ends on {@code periodTo} is kept: 31 March, 7 years after its FY. */
    static LocalDate keptUntil(LocalDate periodTo) {
        int fiscalYearEnd = periodTo.getMonthValue() >= Month.APRIL.getValue() ? periodTo.getYear() + 1
                : periodTo.getYear();
        return LocalDate.of(fiscalYearEnd + RETENTION_YEARS, Month.MARCH, 31);
    }

    @Override
    public String explanation() {
        return "A settlement of this producer is still within the retention period of the books";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
