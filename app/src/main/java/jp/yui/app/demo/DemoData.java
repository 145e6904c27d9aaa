package jp.yui.app.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import jp.yui.app.admin.usecase.Organizations;
import jp.yui.app.attendance.usecase.Door;
import jp.yui.app.attendance.usecase.Registrations;
import jp.yui.app.attendance.usecase.Series;
import jp.yui.app.market.usecase.Producers;
import jp.yui.app.market.usecase.Products;
import jp.yui.app.market.usecase.SalesPoints;
import jp.yui.app.market.usecase.Settlements;
import jp.yui.app.market.usecase.Tills;
import jp.yui.app.residents.usecase.Residents;
import jp.yui.app.security.Role;
import jp.yui.app.security.YuiUser;
import jp.yui.app.security.usecase.Logins;
import jp.yui.app.transport.usecase.Bookings;
import jp.yui.app.transport.usecase.Duties;
import jp.yui.app.transport.usecase.Fleet;
import jp.yui.app.transport.usecase.RunScheduling;
import jp.yui.app.transport.usecase.ServiceSetup;
import jp.yui.domain.market.query.SettlementItemView;
import jp.yui.domain.residents.api.MobilityNeed;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.LicenceKind;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.api.TurnDownReason;

/**
 * {@code YUI_DEMO=true}: seeds the seven organizations of Aizuwakamatsu's DOMAIN brief with members, the four
 * transport services, and fiscal year 2025 (April 2025 – March 2026) of runs, bookings, cancellations, duties and
 * fares, all through the same use cases the API calls (so every rule applies and fares come from the services'
 * fare policy), with the times of the history where a use case takes the time of the request. The figures follow what the organizations publish:
 * 北会津ふれあい号 three days a week with about 1,200 riders a year; みなと直売所 about ¥1.5 million of sales and one
 * おおとマルシェ day ({@link MarketDemo}); 河東's 健康講座 ten times with about 30 people each and the other events
 * ({@link AttendanceDemo}). Names and phone numbers are made up. Runs once:
 * on a store that already has the demo services it does nothing.
 */
@Component
@ConditionalOnProperty(name = "yui.demo", havingValue = "true")
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final LocalDate FY_START = LocalDate.of(2025, 4, 1);
    static final LocalDate FY_END = LocalDate.of(2026, 3, 31);
    private static final String SEEDER = "demo";

    /** An organization, its district and how many members the demo gives it. */
    record Organization(String id, String name, String district, int members) {
    }

    static final List<Organization> ORGANIZATIONS = List.of(
            new Organization("minato", "NPO法人 みんなと湊まちづくりネットワーク", "湊", 40),
            new Organization("oto", "NPO法人 大戸まちづくり協議会", "大戸", 25),
            new Organization("kitaaizu", "北会津地域づくり委員会", "北会津", 60),
            new Organization("kawahigashi", "河東地域づくり委員会", "河東", 30),
            new Organization("kita", "北地区の地域づくり団体", "北", 20),
            new Organization("ikki", "一箕地区の地域づくり団体", "一箕", 10),
            new Organization("gyonin", "行仁地区の地域づくり団体", "行仁", 10));

    /** A service of the demo and how its days go. */
    record Service(String org, String code, String name, ServiceKind kind, ServiceCalendar calendar,
                   BookingDeadline deadline, Integer fareYen, List<LocalTime> departures, int seats,
                   int wheelchairSpaces, int minRiders, int maxRiders, List<String[]> stops) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("minato", "minato-bus", "みなとバス", ServiceKind.DEMAND_RESPONSIVE,
                    ServiceCalendar.weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                    new BookingDeadline(1, LocalTime.of(17, 0)), 500, List.of(LocalTime.of(8, 30), LocalTime.of(13, 30)),
                    9, 1, 1, 5, List.of(new String[] {"minato-office", "湊支所", "みなとししょ"},
                    new String[] {"akai", "赤井", "あかい"}, new String[] {"station", "会津若松駅前", "あいづわかまつえきまえ"},
                    new String[] {"hospital", "市内病院前", "しないびょういんまえ"})),
            new Service("oto", "oto-volunteer", "大戸ボランティア輸送", ServiceKind.VOLUNTEER,
                    ServiceCalendar.weekdays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                    new BookingDeadline(2, LocalTime.of(17, 0)), null, List.of(LocalTime.of(9, 0)), 3, 0, 1, 2,
                    List.of(new String[] {"kuragawa", "闇川", "くらがわ"}, new String[] {"clinic", "診療所前", "しんりょうじょまえ"})),
            new Service("kitaaizu", "fureai", "北会津ふれあい号", ServiceKind.FIXED_ROUTE,
                    ServiceCalendar.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                    new BookingDeadline(1, LocalTime.of(17, 0)), 200, List.of(LocalTime.of(9, 0)), 10, 1, 6, 9,
                    List.of(new String[] {"branch", "北会津支所", "きたあいづししょ"}, new String[] {"mamiya", "真宮", "まみや"},
                            new String[] {"arai", "荒井", "あらい"}, new String[] {"kawaminami", "川南", "かわみなみ"},
                            new String[] {"shopping", "ショッピングセンター前", "しょっぴんぐせんたーまえ"})),
            new Service("kawahigashi", "minazuru", "みなづる号", ServiceKind.FIXED_ROUTE,
                    ServiceCalendar.weekdays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                    new BookingDeadline(1, LocalTime.of(17, 0)), 200, List.of(LocalTime.of(9, 30)), 8, 1, 3, 7,
                    List.of(new String[] {"branch", "河東支所", "かわひがしししょ"}, new String[] {"clinic", "医院前", "いいんまえ"})));

    private static final String[][] SURNAMES = {{"佐藤", "さとう"}, {"鈴木", "すずき"}, {"渡部", "わたなべ"},
            {"星", "ほし"}, {"五十嵐", "いがらし"}, {"長谷川", "はせがわ"}, {"菅野", "かんの"}, {"遠藤", "えんどう"},
            {"小林", "こばやし"}, {"斎藤", "さいとう"}, {"目黒", "めぐろ"}, {"荒井", "あらい"}};
    private static final String[][] GIVEN_NAMES = {{"ハル", "はる"}, {"キヨ", "きよ"}, {"正一", "しょういち"},
            {"清", "きよし"}, {"茂", "しげる"}, {"和子", "かずこ"}, {"幸子", "さちこ"}, {"節子", "せつこ"},
            {"弘", "ひろし"}, {"久子", "ひさこ"}, {"勇", "いさむ"}, {"トシ", "とし"}};

    private final ServiceSetup setup;
    private final Fleet fleet;
    private final Residents residents;
    private final RunScheduling scheduling;
    private final Bookings bookings;
    private final Duties duties;
    private final Organizations organizations;
    private final Logins logins;
    private final java.time.Clock clock;
    private final MarketDemo market;
    private final AttendanceDemo attendance;
    private final String demoPassword;
    private final AtomicLong sent = new AtomicLong();

    DemoData(ServiceSetup setup, Fleet fleet, Residents residents, RunScheduling scheduling, Bookings bookings,
             Duties duties, Organizations organizations, Logins logins, java.time.Clock clock,
             SalesPoints salesPoints, Producers producers, Products products, Tills tills, Settlements settlements,
             ViewStore<SettlementItemView> settlementItems, Series series, Registrations registrations, Door door,
             ViewStore<ResidentView> residentViews, @Value("${yui.demo-password:}") String demoPassword) {
        this.market = new MarketDemo(salesPoints, producers, products, tills, settlements, settlementItems,
                this::sent);
        this.attendance = new AttendanceDemo(residents, series, registrations, door, residentViews, this::sent);
        this.organizations = organizations;
        this.logins = logins;
        this.clock = clock;
        this.demoPassword = demoPassword;
        this.setup = setup;
        this.fleet = fleet;
        this.residents = residents;
        this.scheduling = scheduling;
        this.bookings = bookings;
        this.duties = duties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        // The first service doubles as the mark of a seeded store: registering it again is refused.
        try {
            registerService(SERVICES.get(0));
        } catch (org.axonframework.modelling.command.AggregateStreamCreationException alreadyThere) {
            log.info("Demo data: already in the store, nothing seeded");
            return;
        }
        long start = System.nanoTime();
        log.info("Demo data: seeding seven organizations and fiscal year 2025 through the commands");
        ORGANIZATIONS.forEach(o -> organizations.save(o.id(), o.name(), o.district()));
        SERVICES.stream().skip(1).forEach(this::registerService);
        Random random = new Random(2025);
        Map<String, List<String>> members = new java.util.HashMap<>();
        for (Organization org : ORGANIZATIONS) {
            members.put(org.id(), registerMembers(org, random));
        }
        List<Runnable> histories = new ArrayList<>();
        for (Service service : SERVICES) {
            histories.addAll(serviceHistory(service, members.get(service.org()), random));
        }
        histories.addAll(market.setUp(new Random(2025_10_19L)));
        histories.addAll(attendance.setUp(members, LocalDate.now(clock)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            histories.forEach(h -> done.add(pool.submit(h)));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        market.settleMonths();
        log.info("Demo data: {} commands in {} s", sent.get(), (System.nanoTime() - start) / 1_000_000_000L);
        createLogins();
    }

    /**
     * One login per role to try the pages with: each organization's office ({@code <org>-office}, OPERATOR) and
     * board member ({@code <org>-viewer}, VIEWER), the driver of each service ({@code <org>-driver}, DRIVER, linked to
     * the service's driver), the farm stand's and the market's till ({@code minato-till}, {@code oto-till},
     * TILL_STAFF), the door of each organization that runs events ({@code kawahigashi-door}, {@code kitaaizu-door},
     * {@code kita-door}, {@code minato-door}, EVENT_STAFF), and {@code city} (CITY_STAFF). Their password is {@code YUI_DEMO_PASSWORD}, or a random
     * one printed once to the console (never to the log), as the bootstrap admin's.
     */
    private void createLogins() {
        boolean generated = demoPassword == null || demoPassword.isBlank();
        String password = generated ? randomPassword() : demoPassword;
        YuiUser seeder = YuiUser.system(SEEDER);
        List<String> names = new ArrayList<>();
        for (Organization org : ORGANIZATIONS) {
            names.add(login(seeder, org.id() + "-office", password, Role.OPERATOR, org.id()));
            names.add(login(seeder, org.id() + "-viewer", password, Role.VIEWER, org.id()));
        }
        SERVICES.forEach(s -> names.add(login(seeder, driverLogin(s), password, Role.DRIVER, s.org())));
        for (String org : List.of(MarketDemo.FARM_ORG, MarketDemo.MARKET_ORG)) {
            names.add(login(seeder, org + "-till", password, Role.TILL_STAFF, org));
        }
        for (String org : AttendanceDemo.EVENT_ORGS) {
            names.add(login(seeder, org + "-door", password, Role.EVENT_STAFF, org));
        }
        names.add(login(seeder, "city", password, Role.CITY_STAFF, null));
        if (generated) {
            System.out.println("""

                    ==================================================================
                     Yui demo logins: %s
                     password of each: %s
                     This password is shown only this once. Set YUI_DEMO_PASSWORD
                     on first start to choose it yourself.
                    ==================================================================
                    """.formatted(String.join(", ", names), password));
        } else {
            log.info("Demo data: {} demo logins created with the password from YUI_DEMO_PASSWORD", names.size());
        }
    }

    private String login(YuiUser seeder, String username, String password, Role role, String org) {
        logins.create(seeder, new Logins.NewLogin(username, password, Set.of(role), org));
        return username;
    }

    private static String driverLogin(Service s) {
        return s.org() + "-driver";
    }

    private static String randomPassword() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    /** Counts one command sent through a use case. */
    private void sent() {
        sent.incrementAndGet();
    }

    private void registerService(Service s) {
        sent();
        setup.register(s.org(), new ServiceSetup.NewService(s.code(), s.name(), s.kind(), s.deadline(), s.calendar()));
    }

    private List<String> registerMembers(Organization org, Random random) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= org.members(); i++) {
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String[] given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
            String phone = "0242-%02d-%04d".formatted(10 + random.nextInt(90), random.nextInt(10_000));
            Set<MobilityNeed> needs = random.nextInt(10) == 0 ? Set.of(MobilityNeed.WHEELCHAIR)
                    : random.nextInt(4) == 0 ? Set.of(MobilityNeed.WALKER) : Set.of();
            sent();
            ids.add(residents.registerUnread(org.id(), SEEDER, new Residents.NewResident(
                    "%s-%04d".formatted(org.id().substring(0, 2).toUpperCase(), i),
                    new ResidentDetails(surname[0] + " " + given[0], surname[1] + " " + given[1], List.of(phone),
                            org.district() + " " + (1 + random.nextInt(30)) + "番地", null, null, needs, null, null),
                    LocalDate.of(1932 + random.nextInt(25), 1 + random.nextInt(12), 1), org.district())));
        }
        return ids;
    }

    /** The service's stops, fleet and fare table now; each run of the year as a task of its own. */
    private List<Runnable> serviceHistory(Service s, List<String> members, Random random) {
        for (String[] stop : s.stops()) {
            sent();
            setup.addStop(s.org(), s.code(), new ServiceSetup.NewStop(stop[0], stop[1], stop[2],
                    37.45 + random.nextDouble() / 10, 139.85 + random.nextDouble() / 10));
        }
        if (s.fareYen() != null) {
            sent();
            setup.setFareTable(s.org(), s.code(), FY_START, FareTable.flat(s.fareYen()));
        }
        sent();
        String vehicle = fleet.registerVehicle(s.org(), new Fleet.NewVehicle(
                "会津 500 あ " + (10 + random.nextInt(89)) + "-" + (10 + random.nextInt(89)), s.seats(),
                s.wheelchairSpaces())).vehicleId();
        boolean paid = s.kind().takesFares();
        LocalDate licenceExpiry = LocalDate.of(2028, 6, 30);
        DriverQualification qualification = !paid ? DriverQualification.NONE
                : s.kind() == ServiceKind.FIXED_ROUTE ? DriverQualification.CLASS_2_LICENCE
                : DriverQualification.MINISTER_APPROVED_COURSE;
        sent();
        String driver = fleet.registerDriver(s.org(), new Fleet.NewDriver(
                "運転 " + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)][0],
                qualification == DriverQualification.CLASS_2_LICENCE ? LicenceKind.CLASS_2 : LicenceKind.CLASS_1,
                licenceExpiry, qualification, driverLogin(s))).driverId();

        List<Runnable> runs = new ArrayList<>();
        int[] odometer = {40_000 + random.nextInt(20_000)};
        for (LocalDate day = FY_START; !day.isAfter(FY_END); day = day.plusDays(1)) {
            if (!s.calendar().runsOn(day)) {
                if (s.calendar().weekdays().contains(day.getDayOfWeek()) && random.nextInt(3) == 0) {
                    LocalDate wanted = day;
                    String member = members.get(random.nextInt(members.size()));
                    runs.add(() -> {
                        sent();
                        bookings.unmetNeedAsOf(s.org(), SEEDER, new Bookings.UnmetNeedReport(s.code(), member,
                                wanted, TripPurpose.HOSPITAL, TurnDownReason.NO_SERVICE_THAT_DAY, null),
                                wanted.minusDays(2).atTime(11, 0));
                    });
                }
                continue;
            }
            for (LocalTime departure : s.departures()) {
                long seed = random.nextLong();
                int km = 20 + random.nextInt(25);
                int startKm = odometer[0];
                odometer[0] += km;
                LocalDate date = day;
                runs.add(() -> runHistory(s, members, vehicle, driver, date, departure, startKm, km,
                        new Random(seed)));
            }
        }
        // The two weeks from the first start: runs booked by phone, to drive and book more on the pages.
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day = today; day.isBefore(today.plusDays(14)); day = day.plusDays(1)) {
            if (day.isAfter(FY_END) && s.calendar().runsOn(day)) {
                for (LocalTime departure : s.departures()) {
                    long seed = random.nextLong();
                    LocalDate date = day;
                    runs.add(() -> comingRun(s, members, vehicle, driver, date, departure, new Random(seed)));
                }
            }
        }
        return runs;
    }

    /** A run still to come with a few riders booked before its deadline, its duty not begun. */
    private void comingRun(Service s, List<String> members, String vehicle, String driver, LocalDate date,
                           LocalTime departure, Random random) {
        sent();
        String runId = scheduling.schedule(s.org(), new RunScheduling.NewRun(s.code(), date, departure, vehicle,
                driver, s.seats(), s.wheelchairSpaces())).runId();
        LocalDateTime callDay = s.deadline().forRideOn(date).toLocalDate().atTime(9, 0);
        List<String> chosen = new ArrayList<>(members);
        java.util.Collections.shuffle(chosen, random);
        int riders = Math.min(2 + random.nextInt(3), Math.min(chosen.size(), s.seats()));
        for (int i = 0; i < riders; i++) {
            String[] stop = s.stops().get(random.nextInt(s.stops().size()));
            sent();
            bookings.bookAsOf(s.org(), SEEDER, new Bookings.NewBooking(runId, chosen.get(i), Caller.SELF,
                    Place.atHome(), Place.stop(stop[0]), departure.plusMinutes(5L * i), 1, 0, false,
                    TripPurpose.HOSPITAL, null, null, null, null), callDay.plusMinutes(7L * i));
        }
    }

    private void runHistory(Service s, List<String> members, String vehicle, String driver, LocalDate date,
                            LocalTime departure, int startKm, int km, Random random) {
        String org = s.org();
        sent();
        String runId = scheduling.schedule(org, new RunScheduling.NewRun(s.code(), date, departure, vehicle, driver,
                s.seats(), s.wheelchairSpaces())).runId();
        LocalDateTime callDay = s.deadline().forRideOn(date).toLocalDate().atTime(9, 0);
        int riders = s.minRiders() + random.nextInt(s.maxRiders() - s.minRiders() + 1);
        List<String> chosen = new ArrayList<>(members);
        java.util.Collections.shuffle(chosen, random);
        Map<String, Integer> booked = new LinkedHashMap<>();
        int seatsLeft = s.seats();
        for (int i = 0; i < riders && i < chosen.size(); i++) {
            int passengers = random.nextInt(8) == 0 ? 2 : 1;
            if (passengers > seatsLeft) {
                break;
            }
            seatsLeft -= passengers;
            String[] stop = s.stops().get(random.nextInt(s.stops().size()));
            sent();
            Bookings.Booked ride = bookings.bookAsOf(org, SEEDER, new Bookings.NewBooking(runId, chosen.get(i),
                    random.nextInt(4) == 0 ? Caller.FAMILY : Caller.SELF, Place.atHome(), Place.stop(stop[0]),
                    departure.plusMinutes(5L * i), passengers, passengers - 1, false,
                    random.nextBoolean() ? TripPurpose.HOSPITAL : TripPurpose.SHOPPING, null, null, null, null),
                    callDay.plusMinutes(7L * i));
            booked.put(ride.bookingId(), ride.fare().totalYen());
        }
        List<String> riding = new ArrayList<>();
        for (String bookingId : booked.keySet()) {
            if (random.nextInt(25) == 0) {
                sent();
                bookings.cancelOnRunAsOf(org, SEEDER, runId, bookingId, "体調不良", callDay.plusHours(5));
            } else {
                riding.add(bookingId);
            }
        }
        LocalDateTime checkAt = date.atTime(departure.minusMinutes(30));
        sent();
        duties.safetyCheck(org, runId, new Duties.SafetyCheck(runId + "/check", driver, true, false, false, false,
                "安全運転で", "事務局", checkAt));
        sent();
        duties.start(org, runId, new Duties.Start(runId + "/start", driver, "車庫", checkAt.plusMinutes(15), startKm));
        int n = 0;
        for (String bookingId : riding) {
            LocalDateTime at = date.atTime(departure.plusMinutes(5L * n++));
            sent();
            if (random.nextInt(30) == 0) {
                duties.outcome(org, runId, new Duties.Outcome(bookingId + "/noshow", bookingId, RideOutcome.NO_SHOW, at));
                continue;
            }
            duties.outcome(org, runId, new Duties.Outcome(bookingId + "/board", bookingId, RideOutcome.BOARDED, at));
            sent();
            if (s.kind().takesFares()) {
                duties.fare(org, runId, new Duties.FareCollected(bookingId + "/fare", bookingId, booked.get(bookingId),
                        PaymentMethod.CASH, at));
            } else {
                duties.costs(org, runId, new Duties.Costs(bookingId + "/costs", bookingId,
                        300 + 50 * random.nextInt(6), 0, random.nextInt(3) == 0 ? 200 : 0, 0, at));
            }
            sent();
            duties.outcome(org, runId, new Duties.Outcome(bookingId + "/drop", bookingId, RideOutcome.DROPPED_OFF,
                    at.plusMinutes(25)));
        }
        sent();
        duties.end(org, runId, new Duties.End(runId + "/end", "車庫", date.atTime(departure.plusHours(3)),
                startKm + km, List.of(s.stops().get(0)[1])));
    }
}
