package jp.yui.domain.residents.command;

import jp.yui.domain.shared.BusinessRule;

/** 会員番号: 1-20 letters, digits or hyphens. */
record ResidentHasMemberNumber(String memberNumber) implements BusinessRule {

    @Override
    public boolean holds() {
        return memberNumber != null && memberNumber.matches("[A-Za-z0-9-]{1,20}");
    }

    @Override
    public String explanation() {
        return "A member number is 1-20 letters, digits or hyphens";
    }
}
