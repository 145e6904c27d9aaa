package jp.yui.app.transport;

import java.security.Principal;
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
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import jp.yui.app.web.Identifiers;
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
import jp.yui.domain.transport.api.RecurringBookingSetUp;
import jp.yui.domain.transport.api.SetUpRecurringBooking;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.command.RecurringBooking;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.query.RecurringBookingsProjection.RecurringBookingView;
import jp.yui.domain.transport.query.RunView;

/**
 * 定期予約: set up a pattern (e.g. dialysis every Tue and Fri) and book its occurrences for a period. Each occurrence
 * is booked on the run of its service and departure that day under an id derived from the pattern and the date,
 * so generating a period again books nothing twice.
 */
@RestController
@RequestMapping("/api/orgs/{org}/recurring-bookings")
class RecurringBookingsController {

    record SetUpRequest(@NotNull @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                        @NotNull @Pattern(regexp = Identifiers.SLUG) String service, @NotNull LocalTime departure,
                        @NotEmpty Set<DayOfWeek> weekdays, @NotNull LocalDate from, @NotNull LocalDate until,
                        @NotNull @Valid BookingsController.PlaceRequest pickup,
                        @NotNull @Valid BookingsController.PlaceRequest dropOff, LocalTime pickupTime,
                        @Min(1) @Max(99) int passengers, @Min(0) @Max(98) int companions, boolean wheelchair,
                        TripPurpose purpose) {
    }

    record GenerateRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    record EndRequest(@NotNull LocalDate lastDate) {
    }

    /** What generating did for each date of the period. */
    record Generated(List<Map<String, String>> booked, List<LocalDate> alreadyBooked, List<LocalDate> noRun,
                     List<Map<String, String>> refused) {
    }

    private final CommandGateway commands;
    private final ViewStore<RecurringBookingView> patterns;
    private final ViewStore<RunView> runs;
    private final FareQuotes fares;
    private final Clock clock;

    RecurringBookingsController(CommandGateway commands, ViewStore<RecurringBookingView> patterns,
                                ViewStore<RunView> runs, FareQuotes fares, Clock clock) {
        this.commands = commands;
        this.patterns = patterns;
        this.runs = runs;
        this.fares = fares;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> setUp(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @Valid @RequestBody SetUpRequest r, Principal operator) {
        String id = Ids.newId(RecurringBooking.ID_TYPE);
        commands.sendAndWait(new SetUpRecurringBooking(id, org, r.residentId(),
                TransportService.idOf(org, r.service()), r.departure(),
                r.weekdays(), r.from(), r.until(), r.pickup().toPlace(), r.dropOff().toPlace(), r.pickupTime(),
                r.passengers(), r.companions(), r.wheelchair(), r.purpose() == null ? TripPurpose.OTHER : r.purpose(),
                operator.getName()));
        return describe(Views.awaitPresent(() -> patterns.find(id)).orElseThrow(() -> new StoredNotYetVisible(id)));
    }

    private static Map<String, Object> describe(RecurringBookingView view) {
        return Map.of("recurringId", view.pattern().recurringId(), "pattern", view.pattern(),
                "lastDate", view.lastDate());
    }

    @GetMapping("/{recurringId}")
    Map<String, Object> get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                            @PathVariable @Pattern(regexp = Identifiers.RECURRING_ID) String recurringId) {
        return describe(pattern(org, recurringId));
    }

    @PostMapping("/{recurringId}/end")
    Map<String, Object> end(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                            @PathVariable @Pattern(regexp = Identifiers.RECURRING_ID) String recurringId,
                            @Valid @RequestBody EndRequest r, Principal operator) {
        commands.sendAndWait(new EndRecurringBooking(recurringId, org, r.lastDate(), operator.getName()));
        return Map.of("recurringId", recurringId, "lastDate", r.lastDate());
    }

    @PostMapping("/{recurringId}/generate")
    Generated generate(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                       @PathVariable @Pattern(regexp = Identifiers.RECURRING_ID) String recurringId,
                       @Valid @RequestBody GenerateRequest r, Principal operator) {
        RecurringBookingView view = pattern(org, recurringId);
        RecurringBookingSetUp p = view.pattern();
        LocalDate to = r.to().isAfter(view.lastDate()) ? view.lastDate() : r.to();
        List<Map<String, String>> booked = new ArrayList<>();
        List<LocalDate> already = new ArrayList<>();
        List<LocalDate> noRun = new ArrayList<>();
        List<Map<String, String>> refused = new ArrayList<>();
        for (LocalDate date : p.occurrences(r.from(), to)) {
            Optional<RunView> run = runs.findBy(org, RunView.BY_DATE.name(), date.toString()).stream()
                    .filter(x -> x.serviceId().equals(p.serviceId()) && p.departure().equals(x.departure()))
                    .findFirst();
            if (run.isEmpty()) {
                noRun.add(date);
                continue;
            }
            String bookingId = RecurringBooking.occurrenceBookingId(recurringId, date);
            Fare fare = fares.quote(org, run.get(), p.pickup(), p.dropOff(), null, null, null, 0, null);
            try {
                commands.sendAndWait(new BookRide(run.get().runId(), org, bookingId, p.residentId(),
                        operator.getName(), Caller.SELF, p.pickup(), p.dropOff(), p.pickupTime(), p.passengers(),
                        p.companions(), p.wheelchair(), p.purpose(), null, fare, LocalDateTime.now(clock)));
                booked.add(Map.of("date", date.toString(), "bookingId", bookingId, "runId", run.get().runId()));
            } catch (BusinessRuleViolation violation) {
                if (violation.rule().equals("BookingIsNew")) {
                    already.add(date);
                } else {
                    refused.add(Map.of("date", date.toString(), "rule", violation.rule()));
                }
            }
        }
        return new Generated(booked, already, noRun, refused);
    }

    private RecurringBookingView pattern(String org, String recurringId) {
        return patterns.find(recurringId).filter(v -> v.pattern().organizationId().equals(org))
                .orElseThrow(NotFound::new);
    }
}
