package jp.yui.ops.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import jp.yui.domain.shared.Sealed;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.DriverRegistered;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.DutyStarted;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.FareTableSet;
import jp.yui.domain.transport.api.LicenceKind;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RideCostsRecorded;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.RideTurnedDown;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.SafetyCheckRecorded;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.ServiceRegistered;
import jp.yui.domain.transport.api.StopAdded;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.api.UnmetNeedRecorded;
import jp.yui.domain.transport.api.VehicleRegistered;
import jp.yui.domain.transport.command.Driver;
import jp.yui.domain.transport.command.Run;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.command.UnmetNeed;
import jp.yui.domain.transport.command.Vehicle;

/**
 * City-scale transport history written straight as events, the way the aggregates would have applied them: many
 * organizations, each with one to three services (a paid demand bus, a fixed-route bus, volunteer rides), over
 * several past fiscal years, day by day: runs with bookings, changes, cancellations of each kind, turn-downs, the
 * safety check, the duty with its boardings, no-shows, fares or volunteer costs and the distance driven, and unmet
 * needs on days a service does not run. Proportions follow the demo data ({@code app/…/demo/DemoData}): a rider in
 * 25 cancels, one in 30 is not there.
 *
 * <p>Every aggregate's stream starts at sequence number 0 with its creation event and carries only the events its
 * aggregate expects, in the order it would apply them; aggregate types are the aggregates' class names, as Axon
 * names them in the service. Streams are handed out whole, several per list, so the store can take them in
 * multi-event appends. Residents are not generated: bookings are anonymous (as the API allows), so no personal data
 * but drivers' names and cancellation reasons, which are sealed with the vault given.
 */
public final class HistoryGenerator {

    /** Events of one average organization and fiscal year, to pick how many organizations and years to write. */
    static final int EVENTS_PER_ORGANIZATION_YEAR = 8_000;
    static final int MAX_ORGANIZATIONS = 30;
    /** The last fiscal year written; the history ends on its last day (2026-03-31). */
    static final int LAST_FISCAL_YEAR = 2025;
    private static final String OPERATOR = "history";
    private static final int BATCH_EVENTS = 500;
    private static final int FARE_RAISE = 100;

    /** A kind of service an organization runs, as in the demo data. */
    record Template(String code, String name, ServiceKind kind, ServiceCalendar calendar, Integer fareYen,
                    List<LocalTime> departures, int seats, int wheelchairSpaces, int minRiders, int maxRiders,
                    List<String> stops) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("bus", "デマンドバス", ServiceKind.DEMAND_RESPONSIVE,
                    ServiceCalendar.weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                    500, List.of(LocalTime.of(8, 30), LocalTime.of(13, 30)), 9, 1, 1, 6,
                    List.of("office", "station", "hospital", "market")),
            new Template("route", "ふれあい号", ServiceKind.FIXED_ROUTE,
                    ServiceCalendar.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                    200, List.of(LocalTime.of(9, 0)), 10, 1, 5, 9,
                    List.of("branch", "mamiya", "arai", "kawaminami", "shopping")),
            new Template("volunteer", "ボランティア輸送", ServiceKind.VOLUNTEER,
                    ServiceCalendar.weekdays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                    null, List.of(LocalTime.of(9, 0)), 3, 0, 1, 2, List.of("home-area", "clinic")));

    private static final BookingDeadline DEADLINE = new BookingDeadline(1, LocalTime.of(17, 0));

    /** One organization's service as written: its ids and the odometer of its vehicle. */
    private record Line(String org, Template template, String serviceId, String vehicleId, String driverId,
                        DriverQualification qualification, LocalDate fareRevisedFrom, int[] odometer) {
    }

    private final Random random;
    private final BiFunction<String, Object, Sealed> seal;
    private final List<DomainEventMessage<?>> batch = new ArrayList<>();
    private Consumer<List<DomainEventMessage<?>>> sink;
    private long written;

    /**
     * @param seed the same seed gives the same shape of history (ids are random)
     * @param seal seals personal data for a subject, as {@code PersonalDataVault.seal} does
     */
    public HistoryGenerator(long seed, BiFunction<String, Object, Sealed> seal) {
        this.random = new Random(seed);
        this.seal = seal;
    }

    /** How many organizations and fiscal years a history of about this many events spans. */
    public static Scale scaleFor(long events) {
        int organizations = (int) Math.max(2, Math.min(MAX_ORGANIZATIONS, events / (3L * EVENTS_PER_ORGANIZATION_YEAR)));
        int years = (int) Math.max(1, (events + (long) organizations * EVENTS_PER_ORGANIZATION_YEAR - 1)
                / ((long) organizations * EVENTS_PER_ORGANIZATION_YEAR));
        return new Scale(organizations, years);
    }

    /** Organizations {@code city-001}…, fiscal years ending with {@link #LAST_FISCAL_YEAR}. */
    public record Scale(int organizations, int fiscalYears) {
        public int firstFiscalYear() {
            return LAST_FISCAL_YEAR - fiscalYears + 1;
        }

        public List<String> organizationIds() {
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= organizations; i++) {
                ids.add(organizationId(i));
            }
            return ids;
        }
    }

    static String organizationId(int number) {
        return "city-%03d".formatted(number);
    }

    /**
     * Writes about {@code target} events (at least that many, finishing the day it reaches them) to {@code sink} in
     * lists of whole streams, and returns how many it wrote.
     */
    public long generate(long target, Consumer<List<DomainEventMessage<?>>> sink) {
        this.sink = sink;
        Scale scale = scaleFor(target);
        LocalDate first = LocalDate.of(scale.firstFiscalYear(), 4, 1);
        LocalDate last = LocalDate.of(LAST_FISCAL_YEAR + 1, 3, 31);
        List<Line> lines = new ArrayList<>();
        for (int o = 1; o <= scale.organizations(); o++) {
            String org = organizationId(o);
            int services = 1 + (o - 1) % TEMPLATES.size();
            for (int s = 0; s < services; s++) {
                lines.add(register(org, TEMPLATES.get((o + s) % TEMPLATES.size()), first, scale.fiscalYears()));
            }
        }
        flush();
        for (LocalDate day = first; !day.isAfter(last) && written < target; day = day.plusDays(1)) {
            for (Line line : lines) {
                day(line, day);
            }
            flush();
        }
        return written;
    }

    private Line register(String org, Template t, LocalDate first, int years) {
        String serviceId = TransportService.idOf(org, t.code());
        List<Object> service = new ArrayList<>();
        service.add(new ServiceRegistered(serviceId, org, t.code(), t.name(), t.kind(), DEADLINE, t.calendar()));
        for (int i = 0; i < t.stops().size(); i++) {
            service.add(new StopAdded(serviceId, org, t.stops().get(i), t.stops().get(i) + "前", "ていりゅうじょ",
                    37.45 + random.nextDouble() / 10, 139.85 + random.nextDouble() / 10));
        }
        // Over several years the fare is raised once, at the start of a fiscal year half-way through.
        LocalDate revisedFrom = years > 1 ? first.plusYears(years / 2) : null;
        if (t.fareYen() != null) {
            service.add(new FareTableSet(serviceId, org, first, FareTable.flat(t.fareYen())));
            if (revisedFrom != null) {
                service.add(new FareTableSet(serviceId, org, revisedFrom, FareTable.flat(t.fareYen() + FARE_RAISE)));
            }
        }
        stream(TransportService.class.getSimpleName(), serviceId, service);
        String vehicleId = newId(Vehicle.ID_TYPE);
        stream(Vehicle.class.getSimpleName(), vehicleId, List.of(new VehicleRegistered(vehicleId, org,
                "会津 500 あ %02d-%02d".formatted(10 + random.nextInt(89), 10 + random.nextInt(89)), t.seats(),
                t.wheelchairSpaces())));
        DriverQualification qualification = !t.kind().takesFares() ? DriverQualification.NONE
                : t.kind() == ServiceKind.FIXED_ROUTE ? DriverQualification.CLASS_2_LICENCE
                : DriverQualification.MINISTER_APPROVED_COURSE;
        String driverId = newId(Driver.ID_TYPE);
        stream(Driver.class.getSimpleName(), driverId, List.of(new DriverRegistered(driverId, org,
                seal.apply(driverId, "運転 " + (1 + random.nextInt(99)) + "号"),
                qualification == DriverQualification.CLASS_2_LICENCE ? LicenceKind.CLASS_2 : LicenceKind.CLASS_1,
                LocalDate.of(2030, 6, 30), qualification, null)));
        return new Line(org, t, serviceId, vehicleId, driverId, qualification, revisedFrom,
                new int[] {40_000 + random.nextInt(20_000)});
    }

    private void day(Line line, LocalDate day) {
        Template t = line.template();
        if (!t.calendar().runsOn(day)) {
            if (t.calendar().weekdays().contains(day.getDayOfWeek()) && random.nextInt(3) == 0) {
                String needId = newId(UnmetNeed.ID_TYPE);
                stream(UnmetNeed.class.getSimpleName(), needId, List.of(new UnmetNeedRecorded(needId, line.org(),
                        line.serviceId(), null, OPERATOR, day, TripPurpose.HOSPITAL,
                        TurnDownReason.NO_SERVICE_THAT_DAY, null, day.minusDays(2).atTime(11, 0))));
            }
            return;
        }
        for (LocalTime departure : t.departures()) {
            run(line, day, departure);
        }
    }

    /** One run's stream: scheduled, booked (changed, cancelled, turned down), driven. */
    private void run(Line line, LocalDate date, LocalTime departure) {
        Template t = line.template();
        String org = line.org();
        String runId = newId(Run.ID_TYPE);
        LocalDateTime deadline = DEADLINE.forRideOn(date);
        List<Object> events = new ArrayList<>();
        events.add(new RunScheduled(runId, org, line.serviceId(), date, departure, t.seats(), t.wheelchairSpaces(),
                t.kind(), deadline, line.vehicleId(), line.driverId()));
        LocalDateTime callDay = deadline.toLocalDate().atTime(9, 0);
        int fareYen = fareOn(line, date);
        int riders = t.minRiders() + random.nextInt(t.maxRiders() - t.minRiders() + 1);
        record Booking(String id, int passengers, LocalTime pickupTime) {
        }
        List<Booking> booked = new ArrayList<>();
        int seatsLeft = t.seats();
        for (int i = 0; i < riders; i++) {
            int passengers = random.nextInt(8) == 0 ? 2 : 1;
            if (passengers > seatsLeft) {
                events.add(new RideTurnedDown(newId("TurnDown"), runId, org, line.serviceId(), date, null, OPERATOR,
                        passengers, false, TurnDownReason.RUN_FULL, callDay.plusMinutes(7L * i)));
                continue;
            }
            seatsLeft -= passengers;
            String bookingId = newId(Run.BOOKING_ID_TYPE);
            Fare fare = t.fareYen() == null ? Fare.NONE : Fare.fromTable(fareYen);
            LocalTime pickupTime = departure.plusMinutes(5L * i);
            events.add(new RideBooked(bookingId, runId, org, line.serviceId(), date, passengers, passengers - 1,
                    false, null, OPERATOR, random.nextInt(4) == 0 ? Caller.FAMILY : Caller.SELF, Place.atHome(),
                    Place.stop(t.stops().get(random.nextInt(t.stops().size()))), pickupTime, random.nextBoolean()
                    ? TripPurpose.HOSPITAL : TripPurpose.SHOPPING, null, fare, callDay.plusMinutes(7L * i)));
            booked.add(new Booking(bookingId, passengers, pickupTime));
        }
        List<Booking> riding = new ArrayList<>();
        for (Booking b : booked) {
            if (random.nextInt(12) == 0) {
                events.add(new BookingChanged(b.id(), runId, org, line.serviceId(), date, OPERATOR, Place.atHome(),
                        Place.stop(t.stops().get(0)), b.pickupTime().plusMinutes(10), b.passengers(),
                        b.passengers() - 1, false, callDay.plusHours(2)));
            }
            if (random.nextInt(25) == 0) {
                // Before the deadline, after it, or on the day, as the run's clock decides the kind.
                CancellationKind kind = CancellationKind.values()[random.nextInt(CancellationKind.values().length)];
                LocalDateTime at = switch (kind) {
                    case CANCELLED -> callDay.plusHours(5);
                    case LATE_CANCEL -> deadline.plusHours(2);
                    case SAME_DAY_CANCEL -> date.atTime(7, 0);
                };
                events.add(new BookingCancelled(b.id(), runId, org, line.serviceId(), date, kind, OPERATOR,
                        seal.apply(b.id(), "体調不良"), at));
            } else {
                riding.add(b);
            }
        }
        LocalDateTime checkAt = date.atTime(departure.minusMinutes(30));
        events.add(new SafetyCheckRecorded(runId, org, runId + "/check", line.driverId(), true, false, false, false,
                "安全運転で", "事務局", checkAt, true));
        int startKm = line.odometer()[0];
        int km = 20 + random.nextInt(25);
        line.odometer()[0] += km;
        events.add(new DutyStarted(runId, org, runId + "/start", line.driverId(), line.vehicleId(), "車庫",
                checkAt.plusMinutes(15), startKm));
        int n = 0;
        for (Booking b : riding) {
            LocalDateTime at = date.atTime(departure.plusMinutes(5L * n++));
            if (random.nextInt(30) == 0) {
                events.add(new RideOutcomeRecorded(runId, org, line.serviceId(), date, b.id() + "/noshow", b.id(),
                        RideOutcome.NO_SHOW, b.passengers(), at));
                continue;
            }
            events.add(new RideOutcomeRecorded(runId, org, line.serviceId(), date, b.id() + "/board", b.id(),
                    RideOutcome.BOARDED, b.passengers(), at));
            if (t.fareYen() != null) {
                events.add(new FareCollected(runId, org, line.serviceId(), date, b.id() + "/fare", b.id(),
                        fareYen * b.passengers(), random.nextInt(5) == 0 ? PaymentMethod.TICKET : PaymentMethod.CASH,
                        at));
            } else {
                events.add(new RideCostsRecorded(runId, org, line.serviceId(), date, b.id() + "/costs", b.id(),
                        300 + 50 * random.nextInt(6), 0, random.nextInt(3) == 0 ? 200 : 0, 0, at));
            }
            events.add(new RideOutcomeRecorded(runId, org, line.serviceId(), date, b.id() + "/drop", b.id(),
                    RideOutcome.DROPPED_OFF, b.passengers(), at.plusMinutes(25)));
        }
        events.add(new DutyEnded(runId, org, runId + "/end", "車庫", date.atTime(departure.plusHours(3)),
                startKm + km, km, List.of(t.stops().get(0))));
        stream(Run.class.getSimpleName(), runId, events);
    }

    private int fareOn(Line line, LocalDate date) {
        Integer yen = line.template().fareYen();
        if (yen == null) {
            return 0;
        }
        return line.fareRevisedFrom() != null && !date.isBefore(line.fareRevisedFrom()) ? yen + FARE_RAISE : yen;
    }

    private void stream(String type, String aggregateId, List<?> payloads) {
        for (int seq = 0; seq < payloads.size(); seq++) {
            batch.add(new GenericDomainEventMessage<>(type, aggregateId, seq, payloads.get(seq), Map.of()));
        }
        written += payloads.size();
        if (batch.size() >= BATCH_EVENTS) {
            flush();
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            sink.accept(new ArrayList<>(batch));
            batch.clear();
        }
    }

    private static String newId(String type) {
        return type + ":" + UUID.randomUUID();
    }

    /** Convenience for tests and callers that want the streams apart: events grouped by aggregate, in order. */
    public static Map<String, List<DomainEventMessage<?>>> byAggregate(List<DomainEventMessage<?>> events) {
        Map<String, List<DomainEventMessage<?>>> streams = new java.util.LinkedHashMap<>();
        for (DomainEventMessage<?> e : events) {
            streams.computeIfAbsent(e.getAggregateIdentifier(), k -> new ArrayList<>()).add(e);
        }
        streams.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return streams;
    }
}
