package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** A run offers between 1 and 99 seats: no vehicle of these organizations carries more. */
record RunNeedsSeats(int seats) implements BusinessRule {

    static final int MAX_SEATS = 99;

    @Override
    public boolean holds() {
        return seats >= 1 && seats <= MAX_SEATS;
    }

    @Override
    public String explanation() {
        return "A run needs between 1 and " + MAX_SEATS + " seats, not " + seats;
    }
}
