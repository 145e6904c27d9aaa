package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** A registration is of exactly one person: a registered resident, or a guest with a name. */
record RegistrantIsNamed(String residentId, jp.yui.domain.attendance.api.GuestDetails guest) implements BusinessRule {

    @Override
    public boolean holds() {
        return (residentId != null && !residentId.isBlank()) != (guest != null && guest.name() != null && !guest.name().isBlank());
    }

    @Override
    public String explanation() {
        return "A registration is of a resident or of a named guest";
    }

}
