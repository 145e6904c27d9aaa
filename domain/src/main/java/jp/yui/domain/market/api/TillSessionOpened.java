package jp.yui.domain.market.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** A till was opened for the day with a float. */
@Revision("1")
public record TillSessionOpened(
        String sessionId,
        String organizationId,
        String salesPointId,
        SalesPointKind salesPointKind,
        String tillId,
        LocalDate businessDate,
        int floatYen,
        String openedBy,
        LocalDateTime at) {
}
