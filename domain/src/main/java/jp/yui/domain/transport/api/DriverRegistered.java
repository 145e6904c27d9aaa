package jp.yui.domain.transport.api;

import java.time.LocalDate;

import jp.yui.domain.shared.Sealed;

import org.axonframework.serialization.Revision;

/** A driver was registered, the name sealed with the driver's key; {@code userName} is the driver's login, if any. */
@Revision("1")
public record DriverRegistered(
        String driverId,
        String organizationId,
        Sealed name,
        LicenceKind licenceKind,
        LocalDate licenceExpiry,
        DriverQualification qualification,
        String userName) {
}
