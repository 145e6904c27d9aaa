package jp.yui.infra.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoDatabase;

import jp.yui.domain.shared.Sealed;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RideCostsRecorded;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.RideTurnedDown;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.api.UnmetNeedRecorded;
import jp.yui.domain.transport.query.RidershipFigures;
import jp.yui.domain.transport.query.RidershipMonth;
import jp.yui.domain.transport.query.RidershipProjection;
import jp.yui.infra.eventstore.EmbeddedStore;

/**
 * The ridership rollups as the service keeps them: the real projection over the real repository on the embedded
 * server, event by event and in a processor's batch.
 */
class RidershipViewTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final String org = "org-" + UUID.randomUUID();
    private final MongoDatabase database = store.client().getDatabase(store.freshDatabase());
    private final MongoRidershipRepository repository = new MongoRidershipRepository(database);
    // Events reach the projection through Axon's annotation dispatch, as they do in the service.
    private final AnnotationEventHandlerAdapter projection =
            new AnnotationEventHandlerAdapter(new RidershipProjection(repository));

    private void apply(Object... events) throws Exception {
        for (Object event : events) {
            projection.handle(GenericEventMessage.asEventMessage(event));
        }
    }

    /** As a tracking processor does: one unit of work for all, with the interceptor that writes the views. */
    private void applyAsOneBatch(List<Object> events) throws Exception {
        List<EventMessage<?>> messages = events.stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage)
                .toList();
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.executeWithResult(() -> new DefaultInterceptorChain<>(batch, List.of(BatchedViewWrites.interceptor()),
                projection::handle).proceed());
    }

    private Map<Object, Document> stored(String collection) {
        Map<Object, Document> documents = new TreeMap<>();
        database.getCollection(collection).find().forEach(d -> documents.put(d.get("_id"), d));
        return documents;
    }

    private RidershipFigures figures(String service, YearMonth month) {
        return repository.months(org, month, month).stream().filter(m -> m.serviceId().equals(service))
                .map(RidershipMonth::figures).findFirst().orElse(RidershipFigures.NONE);
    }

    private RideBooked booked(String booking, String resident, LocalDate day, int passengers, boolean wheelchair) {
        return new RideBooked(booking, "Run:1", org, "bus", day, passengers, passengers - 1, wheelchair, resident,
                "op", null, null, null, null, null, null, null, LocalDateTime.of(2026, 11, 1, 9, 0));
    }

    private RideOutcomeRecorded outcome(String booking, String action, RideOutcome outcome, int passengers,
                                        int minute) {
        return new RideOutcomeRecorded("Run:1", org, "bus", DAY, action, booking, outcome, passengers,
                DAY.atTime(9, minute));
    }

    private BookingCancelled cancelled(String booking, CancellationKind kind) {
        return new BookingCancelled(booking, "Run:1", org, "bus", DAY, kind, "op", new Sealed("Resident:1", "c2Vh"),
                null);
    }

    /** One of every event the figures count. */
    private List<Object> aMonth() {
        return List.of(
                new RunScheduled("Run:1", org, "bus", DAY, null, 8, 1, null, null, null, null),
                booked("Booking:a", "Resident:1", DAY, 2, true),
                booked("Booking:b", "Resident:2", DAY, 1, false),
                booked("Booking:c", "Resident:3", DAY, 1, false),
                booked("Booking:d", "Resident:4", DAY, 1, false),
                booked("Booking:next", "Resident:5", DAY.plusMonths(1), 1, false),
                new BookingChanged("Booking:a", "Run:1", org, "bus", DAY, "op", null, null, null, 3, 2, true, null),
                cancelled("Booking:d", CancellationKind.LATE_CANCEL),
                outcome("Booking:a", "board-a", RideOutcome.BOARDED, 3, 0),
                outcome("Booking:b", "board-b", RideOutcome.BOARDED, 1, 1),
                outcome("Booking:c", "absent-c", RideOutcome.NO_SHOW, 1, 2),
                outcome("Booking:a", "drop-a", RideOutcome.DROPPED_OFF, 3, 30),
                new FareCollected("Run:1", org, "bus", DAY, "fare-a", "Booking:a", 300, PaymentMethod.CASH,
                        DAY.atTime(9, 0)),
                new FareCollected("Run:1", org, "bus", DAY, "fare-b", "Booking:b", 200, PaymentMethod.TICKET,
                        DAY.atTime(9, 1)),
                new RideCostsRecorded("Run:1", org, "bus", DAY, "cost-a", "Booking:a", 100, 50, 20, 500,
                        DAY.atTime(9, 30)),
                new RideTurnedDown("TurnDown:1", "Run:1", org, "bus", DAY, null, "op", 1, false,
                        TurnDownReason.values()[0], DAY.atTime(8, 0)),
                new UnmetNeedRecorded("UnmetNeed:1", org, "bus", null, "op", DAY, null, TurnDownReason.values()[0],
                        null, DAY.atTime(8, 0)),
                new DutyEnded("Run:1", org, "end-1", "車庫", DAY.atTime(12, 0), 140, 40, List.of()));
    }

    @Test
    void aMonthIsCountedFromItsFacts() throws Exception {
        apply(aMonth().toArray());

        RidershipFigures november = figures("bus", NOVEMBER);
        assertThat(november.bookings()).isEqualTo(3);
        assertThat(november.passengersBooked()).isEqualTo(5);
        assertThat(november.boarded()).isEqualTo(4);
        assertThat(november.noShows()).isEqualTo(1);
        assertThat(november.lateCancels()).isEqualTo(1);
        assertThat(november.distinctRiders()).isEqualTo(2);
        assertThat(november.fareRevenue()).isEqualTo(new RidershipFigures.FareRevenue(300, 200, 0, 0, 500));
        assertThat(november.volunteerCosts()).isEqualTo(new RidershipFigures.VolunteerCosts(100, 50, 20, 500, 670));
        assertThat(List.of(november.turnedDown(), november.unmetNeeds(), november.runs(), november.km()))
                .containsExactly(1L, 1L, 1L, 40L);
        assertThat(figures("bus", NOVEMBER.plusMonths(1)).bookings()).isEqualTo(1);
    }

    @Test
    void everyEventHandledTwiceLeavesFactsAndBucketsUnchanged() throws Exception {
        List<Object> events = aMonth();
        apply(events.toArray());
        Map<Object, Document> facts = stored(MongoRidershipRepository.FACTS);
        Map<Object, Document> months = stored(MongoRidershipRepository.MONTHS);
        assertThat(facts).hasSize(8);
        assertThat(months).hasSize(2);

        for (Object event : events) {
            apply(event, event);
            assertThat(stored(MongoRidershipRepository.FACTS)).as("facts after %s", event).isEqualTo(facts);
            assertThat(stored(MongoRidershipRepository.MONTHS)).as("months after %s", event).isEqualTo(months);
        }
        applyAsOneBatch(events);
        assertThat(stored(MongoRidershipRepository.FACTS)).isEqualTo(facts);
        assertThat(stored(MongoRidershipRepository.MONTHS)).isEqualTo(months);
    }

    @Test
    void aBatchGivesTheSameFiguresAsEventByEventAndHealsBucketsACrashLeftBehind() throws Exception {
        applyAsOneBatch(aMonth());
        Map<Object, Document> months = stored(MongoRidershipRepository.MONTHS);
        assertThat(figures("bus", NOVEMBER).boarded()).isEqualTo(4);

        // Facts written, buckets lost (a crash before the token): the batch delivered again puts them back.
        database.getCollection(MongoRidershipRepository.MONTHS).deleteMany(new Document());
        applyAsOneBatch(aMonth());

        assertThat(stored(MongoRidershipRepository.MONTHS)).isEqualTo(months);
    }

    @Test
    void aBookingMovedToAnotherMonthLeavesItsOldMonth() throws Exception {
        apply(booked("Booking:a", "Resident:1", DAY, 1, false),
                new BookingChanged("Booking:a", "Run:2", org, "bus", DAY.plusMonths(1), "op", null, null, null, 2, 1,
                        false, null));

        assertThat(figures("bus", NOVEMBER)).isEqualTo(RidershipFigures.NONE);
        assertThat(figures("bus", NOVEMBER.plusMonths(1)).passengersBooked()).isEqualTo(2);
    }

    @Test
    void aResetEmptiesFactsAndMonths() throws Exception {
        apply(booked("Booking:a", "Resident:1", DAY, 1, false));

        projection.prepareReset();

        assertThat(stored(MongoRidershipRepository.FACTS)).isEmpty();
        assertThat(repository.months(org, NOVEMBER, NOVEMBER)).isEmpty();
    }
}
