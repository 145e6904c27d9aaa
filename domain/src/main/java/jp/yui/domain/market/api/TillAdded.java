package jp.yui.domain.market.api;

import org.axonframework.serialization.Revision;

/** A till was added to a sales point. */
@Revision("1")
public record TillAdded(
        String salesPointId,
        String organizationId,
        Till till,
        String recordedBy) {
}
