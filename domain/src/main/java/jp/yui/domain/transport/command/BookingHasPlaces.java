package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.Place;

/** A booking says where to pick up and where to drop off: a stop, or home. */
record BookingHasPlaces(Place pickup, Place dropOff) implements BusinessRule {

    @Override
    public boolean holds() {
        return pickup != null && dropOff != null && pickup.wellFormed() && dropOff.wellFormed();
    }

    @Override
    public String explanation() {
        return "A booking needs a pickup and a drop-off place";
    }
}
