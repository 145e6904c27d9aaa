package jp.yui.domain.transport.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
import jp.yui.domain.transport.api.UnmetNeedRecorded;

/**
 * One countable thing behind the ridership figures (利用実績), kept under a stable id so that an event delivered
 * again replaces the fact with itself: a booking ({@code bookingId}), a turned-down ride ({@code turnDown:…}), an
 * unmet need ({@code unmet:…}) or a run ({@code run:…}). It belongs to the month bucket of its organization, service
 * and month (the ride's service date; for an unmet need the wanted date). A fact is always made whole from the fact
 * before and one event; figures are counted from facts, never kept as counters.
 *
 * <p>No personal data: the resident id is an opaque id, needed to count distinct riders (実人数).
 *
 * @param outcomes what happened at the car door, by the driver's action id; the latest one counts
 * @param fares    fares collected (対価収入), by action id
 * @param costs    costs and thanks recorded on a volunteer ride (実費・謝礼), by action id
 */
public record RideFact(
        String id,
        Kind kind,
        String organizationId,
        String serviceId,
        String month,
        String runId,
        LocalDate serviceDate,
        boolean booked,
        int passengers,
        boolean wheelchair,
        String residentId,
        CancellationKind cancellation,
        List<Outcome> outcomes,
        List<Payment> fares,
        List<Costs> costs,
        boolean scheduled,
        boolean dutyEnded,
        int distanceKm) {

    /** Stands for "no service" in a bucket: an unmet need may name none. */
    public static final String NO_SERVICE = "";

    public enum Kind { BOOKING, TURN_DOWN, UNMET_NEED, RUN }

    public record Outcome(String actionId, RideOutcome outcome, int passengers, LocalDateTime at) {
    }

    public record Payment(String actionId, int yen, PaymentMethod method) {
    }

    public record Costs(String actionId, int fuelYen, int tollYen, int parkingYen, int thanksYen) {
    }

    public RideFact {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        fares = fares == null ? List.of() : List.copyOf(fares);
        costs = costs == null ? List.of() : List.copyOf(costs);
    }

    public static String turnDownId(String requestId) {
        return "turnDown:" + requestId;
    }

    public static String unmetNeedId(String needId) {
        return "unmet:" + needId;
    }

    public static String runId(String runId) {
        return "run:" + runId;
    }

    public static String monthOf(LocalDate date) {
        return date == null ? null : YearMonth.from(date).toString();
    }

    /** The bucket this fact counts in, or {@code null} while its service and month are not known yet. */
    public BucketKey bucket() {
        return serviceId == null || month == null ? null : new BucketKey(organizationId, serviceId, month);
    }

    /** The outcome recorded last (a rider may board and then get off), or none; outcomes are kept in time order. */
    public Optional<Outcome> latestOutcome() {
        return outcomes.isEmpty() ? Optional.empty() : Optional.of(outcomes.get(outcomes.size() - 1));
    }

    private static RideFact emptyBooking(String bookingId, String organizationId, String serviceId, String runId,
                                         LocalDate serviceDate) {
        return new RideFact(bookingId, Kind.BOOKING, organizationId, serviceId, monthOf(serviceDate), runId,
                serviceDate, false, 0, false, null, null, List.of(), List.of(), List.of(), false, false, 0);
    }

    private static RideFact bookingOr(Optional<RideFact> before, String bookingId, String organizationId,
                                      String serviceId, String runId, LocalDate serviceDate) {
        return before.orElseGet(() -> emptyBooking(bookingId, organizationId, serviceId, runId, serviceDate));
    }

    /** The same fact on another run or date (a change may move it), keeping what was recorded on it. */
    private RideFact on(String serviceId, String runId, LocalDate serviceDate) {
        return new RideFact(id, kind, organizationId, serviceId, monthOf(serviceDate), runId, serviceDate, booked,
                passengers, wheelchair, residentId, cancellation, outcomes, fares, costs, scheduled, dutyEnded,
                distanceKm);
    }

    /**
     * A booking is made once: a booking delivered again after a change keeps the changed riders (and a cancellation
     * stays), so the fact never goes back.
     */
    public static RideFact of(Optional<RideFact> before, RideBooked event) {
        RideFact fact = bookingOr(before, event.bookingId(), event.organizationId(), event.serviceId(),
                event.runId(), event.serviceDate());
        if (fact.booked) {
            return fact;
        }
        return new RideFact(fact.id, Kind.BOOKING, event.organizationId(), event.serviceId(),
                monthOf(event.serviceDate()), event.runId(), event.serviceDate(), true, event.passengers(),
                event.wheelchair(), event.residentId(), fact.cancellation, fact.outcomes, fact.fares, fact.costs,
                false, false, 0);
    }

    public static RideFact of(Optional<RideFact> before, BookingChanged event) {
        RideFact fact = bookingOr(before, event.bookingId(), event.organizationId(), event.serviceId(),
                event.runId(), event.serviceDate()).on(event.serviceId(), event.runId(), event.serviceDate());
        return new RideFact(fact.id, Kind.BOOKING, fact.organizationId, fact.serviceId, fact.month, fact.runId,
                fact.serviceDate, true, event.passengers(), event.wheelchair(), fact.residentId, fact.cancellation,
                fact.outcomes, fact.fares, fact.costs, false, false, 0);
    }

    public static RideFact of(Optional<RideFact> before, BookingCancelled event) {
        RideFact fact = bookingOr(before, event.bookingId(), event.organizationId(), event.serviceId(),
                event.runId(), event.serviceDate());
        return new RideFact(fact.id, Kind.BOOKING, fact.organizationId, fact.serviceId, fact.month, fact.runId,
                fact.serviceDate, fact.booked, fact.passengers, fact.wheelchair, fact.residentId, event.kind(),
                fact.outcomes, fact.fares, fact.costs, false, false, 0);
    }

    public static RideFact of(Optional<RideFact> before, RideOutcomeRecorded event) {
        RideFact fact = bookingOr(before, event.bookingId(), event.organizationId(), event.serviceId(),
                event.runId(), event.serviceDate());
        List<Outcome> outcomes = replaced(fact.outcomes, Outcome::actionId,
                new Outcome(event.actionId(), event.outcome(), event.passengers(), event.at()));
        outcomes.sort(Comparator.comparing(Outcome::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new RideFact(fact.id, Kind.BOOKING, fact.organizationId, fact.serviceId, fact.month, fact.runId,
                fact.serviceDate, fact.booked, fact.passengers, fact.wheelchair, fact.residentId, fact.cancellation,
                outcomes, fact.fares, fact.costs, false, false, 0);
    }

    public static RideFact of(Optional<RideFact> before, FareCollected event) {
        RideFact fact = bookingOr(before, event.bookingId(), event.organizationId(), event.serviceId(),
                event.runId(), event.serviceDate());
        return new RideFact(fact.id, Kind.BOOKING, fact.organizationId, fact.serviceId, fact.month, fact.runId,
                fact.serviceDate, fact.booked, fact.passengers, fact.wheelchair, fact.residentId, fact.cancellation,
                fact.outcomes, replaced(fact.fares, Payment::actionId,
                new Payment(event.actionId(), event.yen(), event.method())), fact.costs, false, false, 0);
    }

    public static RideFact of(Optional<RideFact> before, RideCostsRecorded event) {
        RideFact fact = bookingOr(before, event.bookingId(), event.organizationId(), event.serviceId(),
                event.runId(), event.serviceDate());
        return new RideFact(fact.id, Kind.BOOKING, fact.organizationId, fact.serviceId, fact.month, fact.runId,
                fact.serviceDate, fact.booked, fact.passengers, fact.wheelchair, fact.residentId, fact.cancellation,
                fact.outcomes, fact.fares, replaced(fact.costs, Costs::actionId, new Costs(event.actionId(),
                event.fuelYen(), event.tollYen(), event.parkingYen(), event.thanksYen())), false, false, 0);
    }

    public static RideFact of(RideTurnedDown event) {
        return new RideFact(turnDownId(event.requestId()), Kind.TURN_DOWN, event.organizationId(), event.serviceId(),
                monthOf(event.serviceDate()), event.runId(), event.serviceDate(), false, event.passengers(),
                event.wheelchair(), event.residentId(), null, List.of(), List.of(), List.of(), false, false, 0);
    }

    public static RideFact of(UnmetNeedRecorded event) {
        String service = event.serviceId() == null || event.serviceId().isEmpty() ? NO_SERVICE : event.serviceId();
        return new RideFact(unmetNeedId(event.needId()), Kind.UNMET_NEED, event.organizationId(), service,
                monthOf(event.wantedDate()), null, event.wantedDate(), false, 0, false, event.residentId(), null,
                List.of(), List.of(), List.of(), false, false, 0);
    }

    /** The run's service and date, which a duty's end does not carry. */
    public static RideFact of(Optional<RideFact> before, RunScheduled event) {
        RideFact fact = before.orElse(null);
        return new RideFact(runId(event.runId()), Kind.RUN, event.organizationId(), event.serviceId(),
                monthOf(event.serviceDate()), event.runId(), event.serviceDate(), false, 0, false, null, null,
                List.of(), List.of(), List.of(), true, fact != null && fact.dutyEnded,
                fact == null ? 0 : fact.distanceKm);
    }

    /** A duty ended (運送回数) with its distance (走行距離); the run's service and month come from its schedule. */
    public static RideFact of(Optional<RideFact> before, DutyEnded event) {
        RideFact fact = before.orElseGet(() -> new RideFact(runId(event.runId()), Kind.RUN, event.organizationId(),
                null, null, event.runId(), null, false, 0, false, null, null, List.of(), List.of(), List.of(),
                false, false, 0));
        return new RideFact(fact.id, Kind.RUN, fact.organizationId, fact.serviceId, fact.month, fact.runId,
                fact.serviceDate, false, 0, false, null, null, List.of(), List.of(), List.of(), fact.scheduled, true,
                event.distanceKm());
    }

    /** {@code items} with {@code item} in place of the one with its key (a redelivered event), else added. */
    private static <T> List<T> replaced(List<T> items, Function<T, String> key, T item) {
        List<T> result = new ArrayList<>(items);
        for (int i = 0; i < result.size(); i++) {
            if (key.apply(result.get(i)).equals(key.apply(item))) {
                result.set(i, item);
                return result;
            }
        }
        result.add(item);
        return result;
    }

    /** A month bucket: organization, service, month ("2026-04"). */
    public record BucketKey(String organizationId, String serviceId, String month) {
    }
}
