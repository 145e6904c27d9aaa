package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** Only a guest's registration or a named walk-in of this session has details of its own to erase. */
record SubjectHasSealedData(boolean sealed) implements BusinessRule {

    @Override
    public boolean holds() {
        return sealed;
    }

    @Override
    public String explanation() {
        return "Nothing personal is kept under this id in the session";
    }
}
