package jp.yui.domain.transport.command;

import java.time.LocalDate;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.LicenceKind;

/** A driver is registered with a name, a licence kind and its expiry, and a qualification (possibly none). */
record DriverHasLicence(String name, LicenceKind kind, LocalDate expiry, DriverQualification qualification)
        implements BusinessRule {

    @Override
    public boolean holds() {
        return name != null && !name.isBlank() && kind != null && expiry != null && qualification != null
                && (qualification != DriverQualification.CLASS_2_LICENCE || kind == LicenceKind.CLASS_2);
    }

    @Override
    public String explanation() {
        return "A driver needs a name, licence kind and expiry; a class-2 qualification needs a class-2 licence";
    }
}
