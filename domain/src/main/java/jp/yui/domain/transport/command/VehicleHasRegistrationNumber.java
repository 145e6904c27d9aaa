package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** 乗務記録 name the vehicle by its registration number (自動車登録番号), so every vehicle has one. */
record VehicleHasRegistrationNumber(String registrationNumber) implements BusinessRule {

    @Override
    public boolean holds() {
        return registrationNumber != null && !registrationNumber.isBlank();
    }

    @Override
    public String explanation() {
        return "A vehicle needs its registration number";
    }
}
