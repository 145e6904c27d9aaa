package jp.yui.domain.transport.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.EventDispatch;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RecurringBookingEnded;
import jp.yui.domain.transport.api.RecurringBookingSetUp;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.query.RecurringBookingsProjection.RecurringBookingView;

class RecurringBookingsProjectionTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 3, 31);

    private final String org = "org-" + UUID.randomUUID();
    private final InMemoryViewStore<RecurringBookingView> store = new InMemoryViewStore<>();
    private final RecurringBookingsProjection projection = new RecurringBookingsProjection(store);

    private RecurringBookingSetUp setUp(String recurringId) {
        return new RecurringBookingSetUp(recurringId, org, "Resident:1", "minato-bus", LocalTime.of(9, 30),
                Set.of(DayOfWeek.TUESDAY), FROM, UNTIL, Place.atHome(), Place.stop("clinic"), LocalTime.of(9, 10), 1,
                0, false, TripPurpose.HOSPITAL, "op");
    }

    private RecurringBookingEnded ended(String recurringId, LocalDate lastDate) {
        return new RecurringBookingEnded(recurringId, org, lastDate, "op");
    }

    private RecurringBookingView given(String recurringId, Object... events) {
        for (Object event : events) {
            EventDispatch.dispatch(projection, event);
        }
        return store.find(recurringId).orElseThrow();
    }

    @Test
    void aPatternRidesUntilItsLastDateUnlessEnded() {
        RecurringBookingView view = given("Recurring:1", setUp("Recurring:1"));
        assertThat(view.pattern()).isEqualTo(setUp("Recurring:1"));
        assertThat(view.endedAfter()).isNull();
        assertThat(view.lastDate()).isEqualTo(UNTIL);
        assertThat(store.findByOrganization(org)).containsExactly(view);
    }

    @Test
    void aPatternEndedEarlyRidesUntilTheDateItEnded() {
        LocalDate early = LocalDate.of(2026, 9, 30);
        RecurringBookingView view = given("Recurring:1", setUp("Recurring:1"), ended("Recurring:1", early));
        assertThat(view.endedAfter()).isEqualTo(early);
        assertThat(view.lastDate()).isEqualTo(early);
        assertThat(view.pattern()).isEqualTo(setUp("Recurring:1"));
    }

    @Test
    void anEndAfterThePatternsLastDateDoesNotExtendIt() {
        assertThat(given("Recurring:1", setUp("Recurring:1"), ended("Recurring:1", UNTIL.plusDays(1))).lastDate())
                .isEqualTo(UNTIL);
        assertThat(given("Recurring:2", setUp("Recurring:2"), ended("Recurring:2", UNTIL)).lastDate())
                .isEqualTo(UNTIL);
        assertThat(given("Recurring:3", setUp("Recurring:3"), ended("Recurring:3", UNTIL.minusDays(1))).lastDate())
                .isEqualTo(UNTIL.minusDays(1));
    }

    @Test
    void theEndOfAnUnknownPatternIsIgnored() {
        EventDispatch.dispatch(projection, ended("Recurring:x", FROM));
        assertThat(store.size()).isZero();
    }

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        List<Object> history = List.of(setUp("Recurring:1"), setUp("Recurring:2"),
                ended("Recurring:1", LocalDate.of(2026, 6, 30)), ended("Recurring:1", LocalDate.of(2026, 5, 31)));
        ProjectionHistory.assertRedeliveryChangesNothing(RecurringBookingsProjection.class,
                InMemoryViewStore<RecurringBookingView>::new, RecurringBookingsProjection::new,
                s -> s.findByOrganization(org), history);
    }

    @Test
    void resetEmptiesThePatterns() {
        given("Recurring:1", setUp("Recurring:1"));
        projection.reset();
        assertThat(store.size()).isZero();
    }
}
