package jp.yui.domain.transport.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the fare table of a service from a date on (対価の改定); earlier rides keep the table they were given. */
public record SetFareTable(
        @TargetAggregateIdentifier String serviceId,
        String organizationId,
        LocalDate effectiveFrom,
        FareTable table) {
}
