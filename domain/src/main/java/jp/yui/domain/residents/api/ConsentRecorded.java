package jp.yui.domain.residents.api;

import java.time.LocalDate;

/** A resident gave or withdrew a consent. */
public record ConsentRecorded(
        String residentId,
        String organizationId,
        ConsentKind kind,
        boolean given,
        LocalDate date,
        String recordedBy) {
}
