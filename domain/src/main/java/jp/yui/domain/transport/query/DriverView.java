package jp.yui.domain.transport.query;

import java.time.LocalDate;

import jp.yui.domain.shared.Sealed;
import jp.yui.domain.shared.query.ViewKey;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.LicenceKind;

/** A driver of an organization; the name is sealed with the driver's key. */
public record DriverView(String driverId, String organizationId, Sealed name, LicenceKind licenceKind,
                         LocalDate licenceExpiry, DriverQualification qualification, String userName) {

    /** The driver a login is linked to: the driver's phone page finds its runs through it. */
    public static final ViewKey<DriverView> BY_USER_NAME = ViewKey.of("userName", DriverView::userName);
}
