package jp.yui.domain.market.api;

import org.axonframework.serialization.Revision;

import jp.yui.domain.shared.Sealed;

/** A producer's personal details are now these (sealed). */
@Revision("1")
public record ProducerDetailsChanged(
        String producerId,
        String organizationId,
        Sealed details,
        String recordedBy) {
}
