package jp.yui.infra.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.query.RunView;
import jp.yui.infra.serialization.YuiSerializers;

/** Views go to BSON without JSON text, in the shape the JSON text gave, so views stored either way read alike. */
class ViewDocumentsTest {

    private static final ObjectMapper JSON = YuiSerializers.objectMapper();

    /** Every kind of value a view may hold. */
    record Sample(String text, String none, int small, long big, long bigButSmall, double share, float ratio,
                  BigDecimal amount, boolean yes, LocalDate date, LocalTime time, LocalDateTime at, ServiceKind kind,
                  byte[] bytes, List<Integer> counts, Map<String, Long> byMonth, List<Place> places) {
    }

    private static Sample sample() {
        Map<String, Long> byMonth = new LinkedHashMap<>();
        byMonth.put("2026-04", 3L);
        byMonth.put("2026-05", 5_000_000_000L);
        return new Sample("みなとバス \"quoted\" $x", null, -7, 9_000_000_000L, 42L, 0.1, 0.1f,
                new BigDecimal("12.50"), true, LocalDate.of(2026, 11, 24), LocalTime.of(9, 30),
                LocalDateTime.of(2026, 11, 23, 17, 0, 5), ServiceKind.VOLUNTEER, new byte[] {0, 1, -2, 127},
                List.of(1, 2), byMonth, List.of(Place.atHome(), Place.stop("clinic")));
    }

    private static Document asFromJsonText(Object view) throws Exception {
        return Document.parse(JSON.writeValueAsString(view));
    }

    @Test
    void aViewIsStoredInTheShapeItsJsonTextGave() throws Exception {
        Document direct = ViewDocuments.toDocument(JSON, sample());

        assertThat(direct).isEqualTo(asFromJsonText(sample()));
        // equals on Document compares values, so also the number types: 32-bit where they fit, as before
        assertThat(direct.get("bigButSmall")).isInstanceOf(Integer.class);
        assertThat(direct.get("big")).isInstanceOf(Long.class);
        assertThat(direct.get("ratio")).isEqualTo(0.1);
        assertThat(direct.get("bytes")).isInstanceOf(String.class);
        assertThat(direct).containsKey("none");
    }

    @Test
    void aViewStoredEitherWayReadsAlike() throws Exception {
        Sample fromOld = ViewDocuments.fromDocument(JSON, asFromJsonText(sample()), Sample.class);
        Sample fromNew = ViewDocuments.fromDocument(JSON, ViewDocuments.toDocument(JSON, sample()), Sample.class);

        // a BigDecimal was stored as a double before too, so 12.50 comes back as 12.5
        assertThat(fromOld).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(sample());
        assertThat(fromNew).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(sample());
    }

    @Test
    void aRunViewWithItsBookingsRoundTrips() throws Exception {
        RunView.Booking booking = new RunView.Booking("Booking:1", "Resident:1", "op", Caller.FAMILY, Place.atHome(),
                Place.stop("clinic"), LocalTime.of(9, 10), 2, 1, false, TripPurpose.HOSPITAL, null,
                new Fare(200, 300, "割引", 100, "迎車"), LocalDateTime.of(2026, 11, 20, 10, 0), null, null, null,
                null, null, null);
        RunView run = new RunView("Run:1", "minato", "Service:minato:bus", ServiceKind.DEMAND_RESPONSIVE,
                LocalDate.of(2026, 11, 24), LocalTime.of(9, 30), LocalDateTime.of(2026, 11, 23, 17, 0), "Vehicle:1",
                "Driver:1", 8, 1, List.of(booking), null, null);

        assertThat(ViewDocuments.toDocument(JSON, run)).isEqualTo(asFromJsonText(run));
        assertThat(ViewDocuments.fromDocument(JSON, asFromJsonText(run), RunView.class)).isEqualTo(run);
        assertThat(ViewDocuments.fromDocument(JSON, ViewDocuments.toDocument(JSON, run), RunView.class)).isEqualTo(run);
    }
}
