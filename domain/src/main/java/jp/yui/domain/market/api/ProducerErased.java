package jp.yui.domain.market.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A producer's personal data key was destroyed; sales and settlement figures stay, anonymous. */
@Revision("1")
public record ProducerErased(
        String producerId,
        String organizationId,
        String requestedBy,
        Instant at) {
}
