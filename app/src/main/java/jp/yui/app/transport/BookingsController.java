package jp.yui.app.transport;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import jp.yui.app.web.Identifiers;
import jp.yui.app.web.NotFound;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.query.BookedRide;
import jp.yui.domain.transport.query.RidershipRepository;

/** 予約: book seats on a run. A 201 means the booking is durably stored. */
@RestController
@RequestMapping("/api/orgs/{org}/bookings")
class BookingsController {

    static final String BOOKING = "Booking";

    record BookRideRequest(
            @NotNull @Pattern(regexp = Identifiers.RUN_ID) String runId,
            @Min(1) @Max(99) Integer passengers) {

        int passengersOrOne() {
            return passengers == null ? 1 : passengers;
        }
    }

    private final CommandGateway commands;
    private final RidershipRepository rides;

    BookingsController(CommandGateway commands, RidershipRepository rides) {
        this.commands = commands;
        this.rides = rides;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> book(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @Valid @RequestBody BookRideRequest request) {
        String bookingId = Ids.newId(BOOKING);
        commands.sendAndWait(new BookRide(request.runId(), org, bookingId, request.passengersOrOne()));
        return Map.of("bookingId", bookingId, "runId", request.runId());
    }

    /** The booking as the ridership view has it; it appears there moments after the 201. */
    @GetMapping("/{bookingId}")
    BookedRide get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                   @PathVariable @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId) {
        return rides.find(org, bookingId).orElseThrow(NotFound::new);
    }
}
