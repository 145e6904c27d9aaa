package jp.yui.domain.residents.api;

import java.time.Instant;

/** A resident was erased: their personal data is unreadable from now on, wherever it was copied. */
public record ResidentErased(
        String residentId,
        String organizationId,
        String requestedBy,
        Instant at) {
}
