package jp.yui.app.transport;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.web.Conflict;
import jp.yui.app.web.Identifiers;
import jp.yui.app.web.NotFound;
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
 * given. A 201 means the booking is durably stored. The operator is the logged-in user; the time is the service's
 * clock (Japan), so deadlines cannot be dodged by the client.
 */
@RestController
@RequestMapping("/api/orgs/{org}")
class BookingsController {

    record PlaceRequest(@Pattern(regexp = Identifiers.SLUG) String stopId, boolean home) {
        Place toPlace() {
            return new Place(home ? null : stopId, home);
        }
    }

    record FareOverride(@Min(0) @Max(100_000) int yen, @NotBlank @Size(max = 200) String reason) {
    }

    record ExtraCharges(@Min(0) @Max(100_000) int yen, @Size(max = 200) String note) {
    }

    record BookRideRequest(
            @NotNull @Pattern(regexp = Identifiers.RUN_ID) String runId,
            @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
            Caller caller,
            @NotNull @Valid PlaceRequest pickup,
            @NotNull @Valid PlaceRequest dropOff,
            LocalTime pickupTime,
            @Min(1) @Max(99) Integer passengers,
            @Min(0) @Max(98) Integer companions,
            boolean wheelchair,
            TripPurpose purpose,
            @Pattern(regexp = Identifiers.BOOKING_ID) String returnOf,
            @DecimalMin("0") @DecimalMax("500") Double distanceKm,
            @Valid FareOverride fareOverride,
            @Valid ExtraCharges extraCharges) {
    }

    record ChangeBookingRequest(@NotNull @Valid PlaceRequest pickup, @NotNull @Valid PlaceRequest dropOff,
                                LocalTime pickupTime, @Min(1) @Max(99) int passengers,
                                @Min(0) @Max(98) int companions, boolean wheelchair) {
    }

    record CancelBookingRequest(@NotBlank @Size(max = 200) String reason) {
    }

    record TurnDownRequest(@Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                           @Min(1) @Max(99) int passengers, boolean wheelchair, @NotNull TurnDownReason reason) {
    }

    record UnmetNeedRequest(@Pattern(regexp = Identifiers.SLUG) String service,
                            @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                            @NotNull LocalDate wantedDate, TripPurpose purpose, @NotNull TurnDownReason reason,
                            @Size(max = 500) String note) {
    }

    private final CommandGateway commands;
    private final RidershipRepository rides;
    private final ScheduledRuns runs;
    private final FareQuotes fares;
    private final Clock clock;

    BookingsController(CommandGateway commands, RidershipRepository rides, ScheduledRuns runs, FareQuotes fares,
                       Clock clock) {
        this.commands = commands;
        this.rides = rides;
        this.runs = runs;
        this.fares = fares;
        this.clock = clock;
    }

    @PostMapping("/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> book(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @Valid @RequestBody BookRideRequest request, Principal operator) {
        ScheduledRuns.ScheduledRun run = runs.find(org, request.runId()).orElseThrow(NotFound::new);
        if (request.returnOf() != null && rides.find(org, request.returnOf()).isEmpty()) {
            throw new Conflict(HttpStatus.UNPROCESSABLE_ENTITY, "return-of-unknown-booking");
        }
        Place pickup = request.pickup().toPlace();
        Place dropOff = request.dropOff().toPlace();
        Fare fare = fares.quote(org, run.serviceId(), run.serviceDate(), pickup, dropOff, request.distanceKm(),
                request.fareOverride() == null ? null : request.fareOverride().yen(),
                request.fareOverride() == null ? null : request.fareOverride().reason(),
                request.extraCharges() == null ? 0 : request.extraCharges().yen(),
                request.extraCharges() == null ? null : request.extraCharges().note());
        String bookingId = Ids.newId(Run.BOOKING_ID_TYPE);
        commands.sendAndWait(new BookRide(run.runId(), org, bookingId, request.residentId(), operator.getName(),
                request.caller() == null ? Caller.SELF : request.caller(), pickup, dropOff, request.pickupTime(),
                request.passengers() == null ? 1 : request.passengers(),
                request.companions() == null ? 0 : request.companions(), request.wheelchair(),
                request.purpose() == null ? TripPurpose.OTHER : request.purpose(), request.returnOf(), fare,
                LocalDateTime.now(clock)));
        return Map.of("bookingId", bookingId, "runId", run.runId(), "fare", fare);
    }

    /** The booking as the ridership view has it; it appears there moments after the 201. */
    @GetMapping("/bookings/{bookingId}")
    BookedRide get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                   @PathVariable @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId) {
        return rides.find(org, bookingId).orElseThrow(NotFound::new);
    }

    @PostMapping("/bookings/{bookingId}/change")
    Map<String, Object> change(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId,
                               @Valid @RequestBody ChangeBookingRequest request, Principal operator) {
        BookedRide ride = rides.find(org, bookingId).orElseThrow(NotFound::new);
        commands.sendAndWait(new ChangeBooking(ride.runId(), org, bookingId, operator.getName(),
                request.pickup().toPlace(), request.dropOff().toPlace(), request.pickupTime(), request.passengers(),
                request.companions(), request.wheelchair(), LocalDateTime.now(clock)));
        return Map.of("bookingId", bookingId, "runId", ride.runId());
    }

    /** キャンセル: answered with the kind the run decided (cancelled, late cancel, same-day cancel). */
    @PostMapping("/bookings/{bookingId}/cancel")
    Map<String, Object> cancel(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId,
                               @Valid @RequestBody CancelBookingRequest request, Principal operator) {
        BookedRide ride = rides.find(org, bookingId).orElseThrow(NotFound::new);
        CancellationKind kind = commands.sendAndWait(new CancelBooking(ride.runId(), org, bookingId,
                operator.getName(), request.reason(), LocalDateTime.now(clock)));
        return Map.of("bookingId", bookingId, "runId", ride.runId(), "kind", kind);
    }

    /** お断り: a ride asked for on this run that could not be given. */
    @PostMapping("/runs/{runId}/turn-downs")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> turnDown(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                 @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                                 @Valid @RequestBody TurnDownRequest request, Principal operator) {
        String requestId = Ids.newId("TurnDown");
        commands.sendAndWait(new TurnDownRide(runId, org, requestId, request.residentId(), operator.getName(),
                request.passengers(), request.wheelchair(), request.reason(), LocalDateTime.now(clock)));
        return Map.of("requestId", requestId, "runId", runId);
    }

    /** 未充足の需要: a ride asked for that no run could give. */
    @PostMapping("/unmet-needs")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> unmetNeed(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                  @Valid @RequestBody UnmetNeedRequest request, Principal operator) {
        String needId = Ids.newId(UnmetNeed.ID_TYPE);
        commands.sendAndWait(new RecordUnmetNeed(needId, org,
                request.service() == null || request.service().isEmpty() ? request.service()
                        : TransportService.idOf(org, request.service()), request.residentId(),
                operator.getName(), request.wantedDate(), request.purpose(), request.reason(), request.note(),
                LocalDateTime.now(clock)));
        return Map.of("needId", needId);
    }
}
