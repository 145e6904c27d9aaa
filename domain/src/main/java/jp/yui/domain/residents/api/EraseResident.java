package jp.yui.domain.residents.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a resident (削除の請求): the key of their personal data is destroyed; anonymous figures stay. */
public record EraseResident(
        @TargetAggregateIdentifier String residentId,
        String organizationId,
        String requestedBy) {
}
