package jp.yui.app.transport.usecase;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.NotFound;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.shared.BusinessRuleViolation;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.EndRecurringBooking;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RecurringBookingSetUp;
import jp.yui.domain.transport.api.SetUpRecurringBooking;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.command.RecurringBooking;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.query.RecurringBookingsProjection.RecurringBookingView;
import jp.yui.domain.transport.query.RidershipRepository;
import jp.yui.domain.transport.query.RunView;

/**
 * 定期予約: set up a pattern (e.g. dialysis every Tue and Fri) and book its occurrences for a period. Each occurrence
 * is booked on the run of its service and departure that day under an id derived from the pattern and the date
 * ({@link RecurringBooking#occurrenceBookingId}), so generating a period again books nothing twice: an occurrence
 * is already booked when that id is on the run.
 */
@Service
public class RecurringBookings {

    /** A pattern to set up; a null {@code purpose} is OTHER. */
    public record NewPattern(String residentId, String serviceCode, LocalTime departure, Set<DayOfWeek> weekdays,
                             LocalDate from, LocalDate until, Place pickup, Place dropOff, LocalTime pickupTime,
                             int passengers, int companions, boolean wheelchair, TripPurpose purpose) {
    }

    /** What generating did for each date of the period. */
    public record Generated(List<Map<String, String>> booked, List<LocalDate> alreadyBooked, List<LocalDate> noRun,
                            List<Map<String, String>> refused) {
    }

    private final CommandGateway commands;
    private final ViewStore<RecurringBookingView> patterns;
    private final ViewStore<RunView> runs;
    private final RidershipRepository rides;
    private final FareQuotes fares;
    private final Clock clock;

    RecurringBookings(CommandGateway commands, ViewStore<RecurringBookingView> patterns, ViewStore<RunView> runs,
                      RidershipRepository rides, FareQuotes fares, Clock clock) {
        this.commands = commands;
        this.patterns = patterns;
        this.runs = runs;
        this.rides = rides;
        this.fares = fares;
        this.clock = clock;
    }

    /** Sets the pattern up and answers it once its view shows it. */
    public RecurringBookingView setUp(String org, String operator, NewPattern r) {
        String id = Ids.newId(RecurringBooking.ID_TYPE);
        commands.sendAndWait(new SetUpRecurringBooking(id, org, r.residentId(),
                TransportService.idOf(org, r.serviceCode()), r.departure(),
                r.weekdays(), r.from(), r.until(), r.pickup(), r.dropOff(), r.pickupTime(),
                r.passengers(), r.companions(), r.wheelchair(), r.purpose() == null ? TripPurpose.OTHER : r.purpose(),
                operator));
        return Views.awaitPresent(() -> patterns.find(id)).orElseThrow(() -> new StoredNotYetVisible(id));
    }

    /** The organization's pattern, or {@link NotFound}. */
    public RecurringBookingView pattern(String org, String recurringId) {
        return patterns.find(recurringId).filter(v -> v.pattern().organizationId().equals(org))
                .orElseThrow(NotFound::new);
    }

    /** Ends the pattern after {@code lastDate}. */
    public void end(String org, String operator, String recurringId, LocalDate lastDate) {
        commands.sendAndWait(new EndRecurringBooking(recurringId, org, lastDate, operator));
    }

    /** Books the pattern's occurrences from {@code from} to {@code to} (at most its last date). */
    public Generated generate(String org, String operator, String recurringId, LocalDate from, LocalDate to) {
        RecurringBookingView view = pattern(org, recurringId);
        RecurringBookingSetUp p = view.pattern();
        LocalDate until = to.isAfter(view.lastDate()) ? view.lastDate() : to;
        List<Map<String, String>> booked = new ArrayList<>();
        List<LocalDate> already = new ArrayList<>();
        List<LocalDate> noRun = new ArrayList<>();
        List<Map<String, String>> refused = new ArrayList<>();
        for (LocalDate date : p.occurrences(from, until)) {
            Optional<RunView> run = runs.findBy(org, RunView.BY_DATE.name(), date.toString()).stream()
                    .filter(x -> x.serviceId().equals(p.serviceId()) && p.departure().equals(x.departure()))
                    .findFirst();
            if (run.isEmpty()) {
                noRun.add(date);
                continue;
            }
            String bookingId = RecurringBooking.occurrenceBookingId(recurringId, date);
            if (isOn(run.get(), bookingId)) {
                already.add(date);
                continue;
            }
            Fare fare = fares.quote(org, run.get(), p.pickup(), p.dropOff(), null, null, null, 0, null);
            try {
                commands.sendAndWait(new BookRide(run.get().runId(), org, bookingId, p.residentId(),
                        operator, Caller.SELF, p.pickup(), p.dropOff(), p.pickupTime(), p.passengers(),
                        p.companions(), p.wheelchair(), p.purpose(), null, fare, LocalDateTime.now(clock)));
                booked.add(Map.of("date", date.toString(), "bookingId", bookingId, "runId", run.get().runId()));
            } catch (BusinessRuleViolation violation) {
                // The run view may not show a booking made moments ago: the booking's own record decides.
                if (rides.find(org, bookingId).isPresent()
                        || runs.find(run.get().runId()).filter(r -> isOn(r, bookingId)).isPresent()) {
                    already.add(date);
                } else {
                    refused.add(Map.of("date", date.toString(), "rule", violation.rule()));
                }
            }
        }
        return new Generated(booked, already, noRun, refused);
    }

    private static boolean isOn(RunView run, String bookingId) {
        return run.bookings().stream().anyMatch(b -> b.bookingId().equals(bookingId));
    }
}
