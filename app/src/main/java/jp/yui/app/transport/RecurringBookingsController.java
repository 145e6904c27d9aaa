package jp.yui.app.transport;

import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

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

import jp.yui.app.transport.usecase.RecurringBookings;
import jp.yui.app.transport.usecase.RecurringBookings.Generated;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.query.RecurringBookingsProjection.RecurringBookingView;

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

    private final RecurringBookings recurring;

    RecurringBookingsController(RecurringBookings recurring) {
        this.recurring = recurring;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> setUp(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                              @Valid @RequestBody SetUpRequest r, Principal operator) {
        return describe(recurring.setUp(org, operator.getName(), new RecurringBookings.NewPattern(r.residentId(),
                r.service(), r.departure(), r.weekdays(), r.from(), r.until(), r.pickup().toPlace(),
                r.dropOff().toPlace(), r.pickupTime(), r.passengers(), r.companions(), r.wheelchair(), r.purpose())));
    }

    private static Map<String, Object> describe(RecurringBookingView view) {
        return Map.of("recurringId", view.pattern().recurringId(), "pattern", view.pattern(),
                "lastDate", view.lastDate());
    }

    @GetMapping("/{recurringId}")
    Map<String, Object> get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                            @PathVariable @Pattern(regexp = Identifiers.RECURRING_ID) String recurringId) {
        return describe(recurring.pattern(org, recurringId));
    }

    @PostMapping("/{recurringId}/end")
    Map<String, Object> end(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                            @PathVariable @Pattern(regexp = Identifiers.RECURRING_ID) String recurringId,
                            @Valid @RequestBody EndRequest r, Principal operator) {
        recurring.end(org, operator.getName(), recurringId, r.lastDate());
        return Map.of("recurringId", recurringId, "lastDate", r.lastDate());
    }

    @PostMapping("/{recurringId}/generate")
    Generated generate(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                       @PathVariable @Pattern(regexp = Identifiers.RECURRING_ID) String recurringId,
                       @Valid @RequestBody GenerateRequest r, Principal operator) {
        return recurring.generate(org, operator.getName(), recurringId, r.from(), r.to());
    }
}
