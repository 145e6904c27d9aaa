package jp.yui.domain.market.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/** A sales point was registered with its tills. */
@Revision("1")
public record SalesPointRegistered(
        String salesPointId,
        String organizationId,
        String name,
        SalesPointKind kind,
        List<Till> tills,
        String recordedBy) {
}
