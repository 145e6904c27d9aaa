package jp.yui.domain.transport.api;

import java.time.LocalDate;

/** A driver was registered; {@code userName} is the login the driver uses on the phone, if any. */
public record DriverRegistered(
        String driverId,
        String organizationId,
        String name,
        LicenceKind licenceKind,
        LocalDate licenceExpiry,
        DriverQualification qualification,
        String userName) {
}
