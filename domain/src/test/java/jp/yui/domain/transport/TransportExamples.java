package jp.yui.domain.transport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.ScheduleRun;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.command.TransportService;

/** Example runs and bookings for fixtures: a みなとバス run on Tuesday 2026-11-24, booking closes the day before at 17:00. */
public final class TransportExamples {

    public static final String RUN = "Run:1";
    public static final String ORG = "minato";
    public static final String SERVICE = TransportService.idOf(ORG, "minato-bus");
    public static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    public static final LocalTime DEPARTURE = LocalTime.of(9, 30);
    public static final LocalDateTime DEADLINE = LocalDateTime.of(2026, 11, 23, 17, 0);
    public static final LocalDateTime BEFORE_DEADLINE = LocalDateTime.of(2026, 11, 22, 10, 0);
    public static final ServiceCalendar TUE_FRI = ServiceCalendar.weekdays(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
    public static final Place HOME = Place.atHome();
    public static final Place CLINIC = Place.stop("stop-clinic");

    private TransportExamples() {
    }

    public static ScheduleRun scheduleRun(ServiceKind kind, int seats, int wheelchairSpaces) {
        return new ScheduleRun(RUN, ORG, SERVICE, kind, TUE_FRI, DATE, DEPARTURE, DEADLINE, "Vehicle:1", seats,
                wheelchairSpaces, "Driver:1", DriverQualification.MINISTER_APPROVED_COURSE, LocalDate.of(2028, 5, 1));
    }

    public static RunScheduled runScheduled(ServiceKind kind, int seats, int wheelchairSpaces) {
        return new RunScheduled(RUN, ORG, SERVICE, DATE, DEPARTURE, seats, wheelchairSpaces, kind, DEADLINE,
                "Vehicle:1", "Driver:1");
    }

    public static RunScheduled runScheduled(int seats) {
        return runScheduled(ServiceKind.DEMAND_RESPONSIVE, seats, 1);
    }

    public static BookRide bookRide(String bookingId, int passengers, boolean wheelchair, Fare fare,
                                    LocalDateTime at) {
        return new BookRide(RUN, ORG, bookingId, "Resident:1", "operator1", Caller.FAMILY, HOME, CLINIC,
                LocalTime.of(9, 10), passengers, 0, wheelchair, TripPurpose.HOSPITAL, null, fare, at);
    }

    public static BookRide bookRide(String bookingId, int passengers) {
        return bookRide(bookingId, passengers, false, Fare.fromTable(300), BEFORE_DEADLINE);
    }

    public static RideBooked rideBooked(BookRide c) {
        return new RideBooked(c.bookingId(), RUN, ORG, SERVICE, DATE, c.passengers(), c.companions(), c.wheelchair(),
                c.residentId(), c.operator(), c.caller(), c.pickup(), c.dropOff(), c.pickupTime(), c.purpose(),
                c.returnOf(), c.fare(), c.requestedAt());
    }

    public static RideBooked rideBooked(String bookingId, int passengers) {
        return rideBooked(bookRide(bookingId, passengers));
    }
}
