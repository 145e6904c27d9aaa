package jp.yui.domain.residents.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a resident's personal details (moved, new phone, new needs). */
public record ChangeResidentDetails(
        @TargetAggregateIdentifier String residentId,
        String organizationId,
        ResidentDetails details,
        String recordedBy) {
}
