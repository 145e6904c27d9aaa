package jp.yui.app.transport.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RecurringBookingSetUp;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.command.RecurringBooking;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.query.BookedRide;
import jp.yui.domain.transport.query.RecurringBookingsProjection.RecurringBookingView;
import jp.yui.domain.transport.query.RidershipRepository;
import jp.yui.domain.transport.query.RunView;
import jp.yui.domain.transport.query.ServiceView;

/**
 * Generating a recurring pattern knows an occurrence it already booked by the occurrence's booking id (pattern and
 * date), on the run or in the booking's record, never by the name of the rule that refused booking it again.
 */
class RecurringBookingsTest {

    private static final String ORG = "minato";
    private static final String SERVICE = TransportService.idOf(ORG, "bus");
    private static final String PATTERN = "RecurringBooking:p1";
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    private static final LocalTime DEPARTURE = LocalTime.of(9, 30);

    /** A rule of the test's own that always refuses, named unlike any rule of the run. */
    record AlwaysRefuses() implements BusinessRule {
        @Override
        public boolean holds() {
            return false;
        }

        @Override
        public String explanation() {
            return "refused";
        }
    }

    private final InMemoryViewStore<RecurringBookingView> patterns = new InMemoryViewStore<>();
    private final InMemoryViewStore<RunView> runs = new InMemoryViewStore<>(RunView.BY_DATE);
    private final InMemoryViewStore<ServiceView> services = new InMemoryViewStore<>();
    private final List<Object> sent = new ArrayList<>();
    private final Set<String> bookingsOnRecord = new HashSet<>();
    private boolean refuse;

    private final CommandGateway commands = (CommandGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {CommandGateway.class}, (proxy, method, args) -> {
                if (!method.getName().equals("sendAndWait")) {
                    throw new AssertionError("only sendAndWait: " + method);
                }
                sent.add(args[0]);
                if (refuse) {
                    new AlwaysRefuses().verify();
                }
                return ((BookRide) args[0]).bookingId();
            });

    private final RidershipRepository rides = (RidershipRepository) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {RidershipRepository.class}, (proxy, method, args) -> {
                if (!method.getName().equals("find")) {
                    throw new AssertionError("only find by key: " + method);
                }
                String bookingId = (String) args[1];
                return bookingsOnRecord.contains(bookingId)
                        ? Optional.of(new BookedRide(bookingId, ORG, SERVICE, "Run:1", TUESDAY, 1, false)) : Optional.empty();
            });

    private final RecurringBookings recurring = new RecurringBookings(commands, patterns, runs, rides,
            new FareQuotes(services), Clock.fixed(TUESDAY.minusDays(7).atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo"))
            .toInstant(), ZoneId.of("Asia/Tokyo")));

    private final String occurrence = RecurringBooking.occurrenceBookingId(PATTERN, TUESDAY);

    RecurringBookingsTest() {
        services.save(SERVICE, ORG, new ServiceView(SERVICE, ORG, "bus", "bus", ServiceKind.DEMAND_RESPONSIVE, null,
                null, List.of(), List.of()));
        patterns.save(PATTERN, ORG, new RecurringBookingView(new RecurringBookingSetUp(PATTERN, ORG, "Resident:1",
                SERVICE, DEPARTURE, Set.of(DayOfWeek.TUESDAY), TUESDAY, TUESDAY.plusDays(30), Place.atHome(),
                Place.atHome(), null, 1, 0, false, TripPurpose.HOSPITAL, "op"), null));
    }

    private void run(String... bookingIds) {
        List<RunView.Booking> bookings = new ArrayList<>();
        for (String id : bookingIds) {
            bookings.add(new RunView.Booking(id, "Resident:1", "op", null, Place.atHome(), Place.atHome(), null, 1, 0,
                    false, TripPurpose.HOSPITAL, null, null, null, null, null, null, null, null, null));
        }
        runs.save("Run:1", ORG, new RunView("Run:1", ORG, SERVICE, ServiceKind.DEMAND_RESPONSIVE, TUESDAY,
                DEPARTURE, TUESDAY.minusDays(1).atTime(17, 0), "Vehicle:1", "Driver:1", 9, 1, bookings, List.of(),
                null));
    }

    private RecurringBookings.Generated generate() {
        return recurring.generate(ORG, "op", PATTERN, TUESDAY, TUESDAY);
    }

    @Test
    void anOccurrenceNotBookedYetIsBookedUnderItsOwnId() {
        run();

        RecurringBookings.Generated generated = generate();

        assertThat(generated.booked()).containsExactly(
                Map.of("date", TUESDAY.toString(), "bookingId", occurrence, "runId", "Run:1"));
        assertThat(sent).singleElement().satisfies(c -> assertThat(((BookRide) c).bookingId()).isEqualTo(occurrence));
    }

    @Test
    void anOccurrenceOnTheRunIsAlreadyBookedWithoutSendingAnything() {
        run(occurrence);

        RecurringBookings.Generated generated = generate();

        assertThat(generated.alreadyBooked()).containsExactly(TUESDAY);
        assertThat(generated.booked()).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void anotherBookingOnTheRunDoesNotCountAsTheOccurrence() {
        run(RecurringBooking.occurrenceBookingId("RecurringBooking:other", TUESDAY), "Booking:x");

        assertThat(generate().booked()).hasSize(1);
    }

    @Test
    void aRefusalOfAnOccurrenceTheRunViewDoesNotShowYetIsAlreadyBookedWhenItsRecordIsThere() {
        run();
        refuse = true;
        bookingsOnRecord.add(occurrence);

        RecurringBookings.Generated generated = generate();

        assertThat(generated.alreadyBooked()).containsExactly(TUESDAY);
        assertThat(generated.refused()).isEmpty();
    }

    @Test
    void aRefusalOfAnOccurrenceNotBookedIsReportedWithItsRule() {
        run();
        refuse = true;

        RecurringBookings.Generated generated = generate();

        assertThat(generated.refused()).containsExactly(Map.of("date", TUESDAY.toString(), "rule", "AlwaysRefuses"));
        assertThat(generated.alreadyBooked()).isEmpty();
    }
}
