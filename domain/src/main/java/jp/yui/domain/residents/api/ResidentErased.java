package jp.yui.domain.residents.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A resident was erased: their personal data is unreadable from now on, wherever it was copied. */
@Revision("1")
public record ResidentErased(
        String residentId,
        String organizationId,
        String requestedBy,
        Instant at) {
}
