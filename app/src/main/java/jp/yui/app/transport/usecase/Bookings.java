package jp.yui.app.transport.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.Conflict;
import jp.yui.app.web.NotFound;
import jp.yui.app.web.Views;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.CancelBooking;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.ChangeBooking;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RecordUnmetNeed;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.api.TurnDownRide;
import jp.yui.domain.transport.command.Run;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.command.UnmetNeed;
import jp.yui.domain.transport.query.BookedRide;
import jp.yui.domain.transport.query.RidershipRepository;

/**
 * 予約: book, change and cancel rides as an operator takes them on the phone, and record rides that could not be
 * given. The operator is the logged-in user's name; the time is the service's clock (Japan), so deadlines cannot be
 * dodged by a client. A booking is durably stored when {@link #book} returns.
 */
@Service
public class Bookings {

    /** The operator's price instead of the table's, with the reason. */
    public record FareOverride(int yen, String reason) {
    }

    /** 迎車・待機・介助: charged apart from the fare. */
    public record ExtraCharges(int yen, String note) {
    }

    /**
     * A ride to book. Null {@code caller}, {@code passengers}, {@code companions} and {@code purpose} mean SELF, 1,
     * 0 and OTHER; {@code distanceKm} prices a distance fare.
     */
    public record NewBooking(String runId, String residentId, Caller caller, Place pickup, Place dropOff,
                             LocalTime pickupTime, Integer passengers, Integer companions, boolean wheelchair,
                             TripPurpose purpose, String returnOf, Double distanceKm, FareOverride fareOverride,
                             ExtraCharges extraCharges) {
    }

    /** What a booking became: its id, its run and the fare it was given. */
    public record Booked(String bookingId, String runId, Fare fare) {
    }

    public record BookingChange(Place pickup, Place dropOff, LocalTime pickupTime, int passengers, int companions,
                                boolean wheelchair) {
    }

    /** A booking changed or cancelled; {@code kind} is the cancel kind the run decided (null for a change). */
    public record BookingOnRun(String bookingId, String runId, CancellationKind kind) {
    }

    public record TurnDown(String residentId, int passengers, boolean wheelchair, TurnDownReason reason) {
    }

    /** A ride asked for that no run could give; {@code serviceCode} may be null or empty (no service named). */
    public record UnmetNeedReport(String serviceCode, String residentId, LocalDate wantedDate, TripPurpose purpose,
                                  TurnDownReason reason, String note) {
    }

    private final CommandGateway commands;
    private final RidershipRepository rides;
    private final ScheduledRuns runs;
    private final FareQuotes fares;
    private final Clock clock;

    Bookings(CommandGateway commands, RidershipRepository rides, ScheduledRuns runs, FareQuotes fares, Clock clock) {
        this.commands = commands;
        this.rides = rides;
        this.runs = runs;
        this.fares = fares;
        this.clock = clock;
    }

    /** Books the ride now: {@link NotFound} for a run not the organization's, 422 for an unknown {@code returnOf}. */
    public Booked book(String org, String operator, NewBooking booking) {
        return bookAsOf(org, operator, booking, LocalDateTime.now(clock));
    }

    /**
     * Books the ride as taken at {@code at}: for history (the demo data) only, since the deadline is checked
     * against it; requests take {@link #book}.
     */
    public Booked bookAsOf(String org, String operator, NewBooking request, LocalDateTime at) {
        ScheduledRuns.ScheduledRun run = runs.find(org, request.runId()).orElseThrow(NotFound::new);
        if (request.returnOf() != null && rides.find(org, request.returnOf()).isEmpty()) {
            throw Conflict.unprocessable("return-of-unknown-booking");
        }
        Fare fare = fare(org, run, request);
        String bookingId = Ids.newId(Run.BOOKING_ID_TYPE);
        commands.sendAndWait(new BookRide(run.runId(), org, bookingId, request.residentId(), operator,
                request.caller() == null ? Caller.SELF : request.caller(), request.pickup(), request.dropOff(),
                request.pickupTime(), request.passengers() == null ? 1 : request.passengers(),
                request.companions() == null ? 0 : request.companions(), request.wheelchair(),
                request.purpose() == null ? TripPurpose.OTHER : request.purpose(), request.returnOf(), fare, at));
        return new Booked(bookingId, run.runId(), fare);
    }

    /**
     * 往復: books the outbound ride, then (when {@code ret} is given) the return linked to it once the outbound can be
     * found. A refused outbound stores nothing; a refused return leaves the outbound booked and throws the return's
     * refusal wrapped in {@link ReturnRefused}.
     */
    public List<Booked> bookWithReturn(String org, String operator, NewBooking outbound, NewBooking ret) {
        Booked out = book(org, operator, outbound);
        if (ret == null) {
            return List.of(out);
        }
        Views.awaitPresent(() -> rides.find(org, out.bookingId()));
        try {
            Booked back = book(org, operator, new NewBooking(ret.runId(), ret.residentId(), ret.caller(),
                    ret.pickup(), ret.dropOff(), ret.pickupTime(), ret.passengers(), ret.companions(),
                    ret.wheelchair(), ret.purpose(), out.bookingId(), ret.distanceKm(), ret.fareOverride(),
                    ret.extraCharges()));
            return List.of(out, back);
        } catch (RuntimeException refused) {
            throw new ReturnRefused(out, refused);
        }
    }

    /** The return of {@link #bookWithReturn} was refused; the outbound ({@link #outbound}) is booked. */
    public static final class ReturnRefused extends RuntimeException {

        private final transient Booked outbound;

        ReturnRefused(Booked outbound, RuntimeException cause) {
            super(cause.getClass().getName(), cause, false, false);
            this.outbound = outbound;
        }

        public Booked outbound() {
            return outbound;
        }

        public RuntimeException refusal() {
            return (RuntimeException) getCause();
        }
    }

    /** The fare a booking on that run would be given, without booking: {@link NotFound} for an unknown run. */
    public Fare quote(String org, NewBooking request) {
        return fare(org, runs.find(org, request.runId()).orElseThrow(NotFound::new), request);
    }

    private Fare fare(String org, ScheduledRuns.ScheduledRun run, NewBooking request) {
        FareOverride override = request.fareOverride();
        ExtraCharges extra = request.extraCharges();
        return fares.quote(org, run.serviceId(), run.serviceDate(), request.pickup(), request.dropOff(),
                request.distanceKm(), override == null ? null : override.yen(),
                override == null ? null : override.reason(), extra == null ? 0 : extra.yen(),
                extra == null ? null : extra.note());
    }

    /** The booking as the ridership view has it; it appears there moments after booking. */
    public BookedRide booking(String org, String bookingId) {
        return rides.find(org, bookingId).orElseThrow(NotFound::new);
    }

    public BookingOnRun change(String org, String operator, String bookingId, BookingChange change) {
        BookedRide ride = booking(org, bookingId);
        commands.sendAndWait(new ChangeBooking(ride.runId(), org, bookingId, operator, change.pickup(),
                change.dropOff(), change.pickupTime(), change.passengers(), change.companions(), change.wheelchair(),
                LocalDateTime.now(clock)));
        return new BookingOnRun(bookingId, ride.runId(), null);
    }

    /** キャンセル: answered with the kind the run decided (cancelled, late cancel, same-day cancel). */
    public BookingOnRun cancel(String org, String operator, String bookingId, String reason) {
        BookedRide ride = booking(org, bookingId);
        return cancelOnRunAsOf(org, operator, ride.runId(), bookingId, reason, LocalDateTime.now(clock));
    }

    /**
     * Cancels a booking of a known run as asked at {@code at}: for history (the demo data) only, since the
     * cancel kind depends on it; requests take {@link #cancel}.
     */
    public BookingOnRun cancelOnRunAsOf(String org, String operator, String runId, String bookingId, String reason,
                                        LocalDateTime at) {
        CancellationKind kind = commands.sendAndWait(new CancelBooking(runId, org, bookingId, operator, reason, at));
        return new BookingOnRun(bookingId, runId, kind);
    }

    /** お断り: a ride asked for on this run that could not be given; answers the turn-down's id. */
    public String turnDown(String org, String operator, String runId, TurnDown turnDown) {
        String requestId = Ids.newId("TurnDown");
        commands.sendAndWait(new TurnDownRide(runId, org, requestId, turnDown.residentId(), operator,
                turnDown.passengers(), turnDown.wheelchair(), turnDown.reason(), LocalDateTime.now(clock)));
        return requestId;
    }

    /** 未充足の需要: a ride asked for that no run could give; answers the need's id. */
    public String unmetNeed(String org, String operator, UnmetNeedReport need) {
        return unmetNeedAsOf(org, operator, need, LocalDateTime.now(clock));
    }

    /** {@link #unmetNeed} as asked at {@code at}: for history (the demo data) only. */
    public String unmetNeedAsOf(String org, String operator, UnmetNeedReport need, LocalDateTime at) {
        String needId = Ids.newId(UnmetNeed.ID_TYPE);
        commands.sendAndWait(new RecordUnmetNeed(needId, org,
                need.serviceCode() == null || need.serviceCode().isEmpty() ? need.serviceCode()
                        : TransportService.idOf(org, need.serviceCode()), need.residentId(),
                operator, need.wantedDate(), need.purpose(), need.reason(), need.note(), at));
        return needId;
    }
}
