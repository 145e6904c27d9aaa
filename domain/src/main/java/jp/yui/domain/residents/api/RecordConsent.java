package jp.yui.domain.residents.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a resident gave or withdrew a consent, on which date, and who recorded it. */
public record RecordConsent(
        @TargetAggregateIdentifier String residentId,
        String organizationId,
        ConsentKind kind,
        boolean given,
        LocalDate date,
        String recordedBy) {
}
