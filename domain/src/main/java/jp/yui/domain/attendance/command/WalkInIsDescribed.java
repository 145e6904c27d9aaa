package jp.yui.domain.attendance.command;

import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.shared.BusinessRule;

/** A walk-in is asked the age band and district (年齢区分・地区) the figures report; UNKNOWN when they would not say. */
record WalkInIsDescribed(AgeBand ageBand, String district) implements BusinessRule {

    @Override
    public boolean holds() {
        return ageBand != null && district != null && !district.isBlank();
    }

    @Override
    public String explanation() {
        return "A walk-in needs an age band and a district";
    }

}
