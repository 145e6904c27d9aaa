package jp.yui.app.transport;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

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

import jp.yui.app.transport.usecase.Bookings;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.query.BookedRide;

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
        Bookings.NewBooking toBooking() {
            return new Bookings.NewBooking(runId, residentId, caller, pickup.toPlace(), dropOff.toPlace(), pickupTime,
                    passengers, companions, wheelchair, purpose, returnOf, distanceKm,
                    fareOverride == null ? null : new Bookings.FareOverride(fareOverride.yen(), fareOverride.reason()),
                    extraCharges == null ? null : new Bookings.ExtraCharges(extraCharges.yen(), extraCharges.note()));
        }
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

    private final Bookings bookings;

    BookingsController(Bookings bookings) {
        this.bookings = bookings;
    }

    @PostMapping("/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> book(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @Valid @RequestBody BookRideRequest request, Principal operator) {
        Bookings.Booked booked = bookings.book(org, operator.getName(), request.toBooking());
        return Map.of("bookingId", booked.bookingId(), "runId", booked.runId(), "fare", booked.fare());
    }

    /** The booking as the ridership view has it; it appears there moments after the 201. */
    @GetMapping("/bookings/{bookingId}")
    BookedRide get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                   @PathVariable @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId) {
        return bookings.booking(org, bookingId);
    }

    @PostMapping("/bookings/{bookingId}/change")
    Map<String, Object> change(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId,
                               @Valid @RequestBody ChangeBookingRequest request, Principal operator) {
        Bookings.BookingOnRun changed = bookings.change(org, operator.getName(), bookingId,
                new Bookings.BookingChange(request.pickup().toPlace(), request.dropOff().toPlace(),
                        request.pickupTime(), request.passengers(), request.companions(), request.wheelchair()));
        return Map.of("bookingId", changed.bookingId(), "runId", changed.runId());
    }

    /** キャンセル: answered with the kind the run decided (cancelled, late cancel, same-day cancel). */
    @PostMapping("/bookings/{bookingId}/cancel")
    Map<String, Object> cancel(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId,
                               @Valid @RequestBody CancelBookingRequest request, Principal operator) {
        Bookings.BookingOnRun cancelled = bookings.cancel(org, operator.getName(), bookingId, request.reason());
        return Map.of("bookingId", cancelled.bookingId(), "runId", cancelled.runId(), "kind", cancelled.kind());
    }

    /** お断り: a ride asked for on this run that could not be given. */
    @PostMapping("/runs/{runId}/turn-downs")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> turnDown(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                 @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                                 @Valid @RequestBody TurnDownRequest request, Principal operator) {
        String requestId = bookings.turnDown(org, operator.getName(), runId, new Bookings.TurnDown(
                request.residentId(), request.passengers(), request.wheelchair(), request.reason()));
        return Map.of("requestId", requestId, "runId", runId);
    }

    /** 未充足の需要: a ride asked for that no run could give. */
    @PostMapping("/unmet-needs")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> unmetNeed(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                  @Valid @RequestBody UnmetNeedRequest request, Principal operator) {
        String needId = bookings.unmetNeed(org, operator.getName(), new Bookings.UnmetNeedReport(request.service(),
                request.residentId(), request.wantedDate(), request.purpose(), request.reason(), request.note()));
        return Map.of("needId", needId);
    }
}
