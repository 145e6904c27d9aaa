package jp.yui.domain.transport.query;

import java.time.LocalDate;

import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.LicenceKind;

/** A driver of an organization. */
public record DriverView(String driverId, String organizationId, String name, LicenceKind licenceKind,
                         LocalDate licenceExpiry, DriverQualification qualification, String userName) {
}
