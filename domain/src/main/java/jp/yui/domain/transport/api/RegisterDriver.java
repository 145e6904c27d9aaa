package jp.yui.domain.transport.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a driver (運転者); the name is personal data and is kept only where the duty records need it. */
public record RegisterDriver(
        @TargetAggregateIdentifier String driverId,
        String organizationId,
        String name,
        LicenceKind licenceKind,
        LocalDate licenceExpiry,
        DriverQualification qualification,
        String userName) {
}
