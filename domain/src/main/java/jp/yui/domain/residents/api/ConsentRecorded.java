package jp.yui.domain.residents.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A resident gave or withdrew a consent. */
@Revision("1")
public record ConsentRecorded(
        String residentId,
        String organizationId,
        ConsentKind kind,
        boolean given,
        LocalDate date,
        String recordedBy) {
}
