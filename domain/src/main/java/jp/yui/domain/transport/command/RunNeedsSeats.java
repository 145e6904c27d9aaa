package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/**
 * A run offers between 1 and 99 seats and between 0 and 9 wheelchair spaces: no vehicle of these organizations
 * carries more.
 */
record RunNeedsSeats(int seats, int wheelchairSpaces) implements BusinessRule {

    static final int MAX_SEATS = 99;
    static final int MAX_WHEELCHAIR_SPACES = 9;

    @Override
    public boolean holds() {
        return seats >= 1 && seats <= MAX_SEATS && wheelchairSpaces >= 0 && wheelchairSpaces <= MAX_WHEELCHAIR_SPACES;
    }

    @Override
    public String explanation() {
        return "A run needs 1-" + MAX_SEATS + " seats and 0-" + MAX_WHEELCHAIR_SPACES + " wheelchair spaces";
    }
}
