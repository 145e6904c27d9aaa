package jp.yui.domain.market.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The till was closed: expected against counted per tender (レジ締め). No sale, void or refund after it. */
@Revision("1")
public record TillSessionClosed(
        String sessionId,
        String organizationId,
        String salesPointId,
        String tillId,
        LocalDate businessDate,
        List<TenderCount> tenders,
        String closedBy,
        LocalDateTime at) {
}
