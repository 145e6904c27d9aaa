package jp.yui.domain.attendance.command;

import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.shared.BusinessRule;

/** A registration is of exactly one person: a registered resident, or a guest with a name. */
record RegistrantIsNamed(String residentId, GuestDetails guest) implements BusinessRule {

    @Override
    public boolean holds() {
        boolean resident = residentId != null && !residentId.isBlank();
        boolean namedGuest = guest != null && guest.name() != null && !guest.name().isBlank();
        return resident != namedGuest;
    }

    @Override
    public String explanation() {
        return "A registration is of a resident or of a named guest";
    }

}
