package jp.yui.infra.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.FareTableSet;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.TripPurpose;

/**
 * Events stored before issue 13 carry the helper flags Jackson once wrote from bean-style methods
 * ({@code "valid"} on places, {@code "complete"} on fare tables, {@code "overridden"} on fares). The serializer
 * ignores unknown fields, so they still read; events written now no longer carry them.
 */
class OldHelperFieldsTest {

    private final JacksonSerializer serializer = YuiSerializers.jackson();

    private <T> T read(String json, Class<T> type) {
        return serializer.deserialize(new SimpleSerializedObject<>(json, String.class, type.getName(), "1"));
    }

    @Test
    void aFareTableSetStoredWithCompleteStillReads() {
        FareTableSet event = read("""
                {"serviceId":"Service:minato:bus","organizationId":"minato","effectiveFrom":"2026-04-01",
                 "table":{"kind":"FLAT","flatYen":500,"sectionOfStop":{},"yenBySectionsCrossed":[],"baseYen":0,
                          "baseKm":0,"yenPerKm":0,"complete":true}}""", FareTableSet.class);

        assertThat(event).isEqualTo(new FareTableSet("Service:minato:bus", "minato", LocalDate.of(2026, 4, 1),
                FareTable.flat(500)));
    }

    @Test
    void aRideBookedStoredWithValidPlacesAndAnOverriddenFareStillReads() {
        RideBooked event = read("""
                {"bookingId":"Booking:1","runId":"Run:1","organizationId":"minato","serviceId":"Service:minato:bus",
                 "serviceDate":"2026-12-01","passengers":1,"companions":0,"wheelchair":false,"residentId":null,
                 "operator":"op","caller":"SELF","pickup":{"stopId":null,"home":true,"valid":true},
                 "dropOff":{"stopId":"clinic","home":false,"valid":true},"pickupTime":"09:40","purpose":"HOSPITAL",
                 "returnOf":null,"fare":{"yen":500,"tableYen":500,"overrideReason":null,"extraChargesYen":0,
                 "extraChargesNote":null,"overridden":false},"bookedAt":"2026-11-30T10:00:00"}""", RideBooked.class);

        assertThat(event.pickup()).isEqualTo(Place.atHome());
        assertThat(event.dropOff()).isEqualTo(Place.stop("clinic"));
        assertThat(event.fare()).isEqualTo(Fare.fromTable(500));
    }

    @Test
    void eventsWrittenNowCarryNoHelperFlags() {
        SerializedObject<String> fares = serializer.serialize(new FareTableSet("Service:minato:bus", "minato",
                LocalDate.of(2026, 4, 1), FareTable.flat(500)), String.class);
        SerializedObject<String> booked = serializer.serialize(new RideBooked("Booking:1", "Run:1", "minato",
                "Service:minato:bus", LocalDate.of(2026, 12, 1), 1, 0, false, null, "op", Caller.SELF,
                Place.atHome(), Place.stop("clinic"), LocalTime.of(9, 40), TripPurpose.HOSPITAL, null,
                new Fare(0, 500, "生活保護", 0, null), LocalDateTime.of(2026, 11, 30, 10, 0)), String.class);

        assertThat(fares.getData()).contains("\"flatYen\":500").doesNotContain("complete");
        assertThat(booked.getData()).contains("\"stopId\":\"clinic\"").doesNotContain("valid")
                .doesNotContain("overridden");
    }
}
