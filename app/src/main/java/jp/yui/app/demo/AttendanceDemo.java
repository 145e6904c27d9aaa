package jp.yui.app.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jp.yui.app.attendance.usecase.Door;
import jp.yui.app.attendance.usecase.Registrations;
import jp.yui.app.attendance.usecase.Series;
import jp.yui.app.residents.usecase.Residents;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.query.ViewStore;

/**
 * The demo's events (行事・講座), through the same use cases as the office and the door: 河東's 健康講座 ten times in
 * fiscal 2025 with about 30 people each — registered by phone, some with a companion, a few cancellations and a
 * waitlist whose offers are taken up (one lets its offer lapse), walk-ins and no-shows, mostly 65 and over from the
 * 河東 districts; 北会津's two ふれあいコンサート (fee ¥500); 北's monthly スマホ教室 with over 60 people over the year and
 * its 夏まつり (mostly walk-ins); the 地域づくりフェス organized by 湊 with the other organizations taking part; and
 * one 健康講座 a week after the first start with people registered, for the office and the door pages. The whole
 * plan comes from a seeded random ({@link #plan}), the same on every machine, waitlist included: {@link Party}'s
 * simulation gives the statuses the sessions' own rules will reach, so the figures the plan gives
 * ({@link #planned}) are what the views must show. Each session is one task. Names are made up.
 */
public final class AttendanceDemo {

    public static final long SEED = 2025_06_12L;
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String SEEDER = "demo";
    /** The organizations that run events (each gets a door login). */
    static final List<String> EVENT_ORGS = List.of("kawahigashi", "kitaaizu", "kita", "minato");
    private static final Duration OFFER_HELD = Duration.ofHours(48);

    /** A series of the demo: its organizer, title, target group and the organizations taking part. */
    record SeriesPlan(String key, String org, String title, String targetGroup, List<String> participating) {
    }

    static final List<SeriesPlan> SERIES = List.of(
            new SeriesPlan("health", "kawahigashi", "健康講座", "65歳以上", List.of()),
            new SeriesPlan("concert", "kitaaizu", "ふれあいコンサート", "どなたでも", List.of()),
            new SeriesPlan("smartphone", "kita", "スマホ教室", "60歳以上", List.of()),
            new SeriesPlan("summer", "kita", "夏まつり", "どなたでも", List.of()),
            new SeriesPlan("fes", "minato", "地域づくりフェス", "市民", List.of("kawahigashi", "kitaaizu", "kita",
                    "oto", "ikki", "gyonin")));

    /** A resident the demo registers for its events (beside the organization's members). */
    record EventResident(String org, String memberNumber, String name, String kana, String phone, LocalDate born,
                         String district) {
    }

    /**
     * Someone registered by phone: a resident ({@code resident}: the organization's members first, in the order
     * the demo registered them, then its {@link EventResident}s) or a guest; and what becomes of it at the door.
     */
    record Registration(String registrationId, Integer resident, GuestDetails guest, AgeBand band, String district,
                        int companions, boolean comes) {
    }

    /** Someone at the door without registering: a resident recognised, or someone giving age band and district. */
    record WalkIn(String checkInId, Integer resident, AgeBand band, String district) {
    }

    enum Act { REGISTER, CANCEL, ACCEPT, LAPSE, CHECK_IN, WALK_IN, CLOSE }

    /** One step at the office or the door, at its time (Japan). */
    record Step(Act act, String id, LocalDateTime at) {
    }

    enum Status { REGISTERED, WAITLISTED, CANCELLED, LAPSED }

    /** A session, its people and its steps in order, and the status each registration ends in. */
    record SessionPlan(String series, String org, int number, String venue, LocalDateTime startsAt, int capacity,
                       int feeYen, List<Registration> registrations, List<WalkIn> walkIns, List<Step> steps,
                       Map<String, Status> outcome, boolean closed) {
    }

    public record Plan(List<EventResident> residents, List<SessionPlan> sessions) {
    }

    /** The figures a plan gives an organization for a fiscal year (April to March), counted from its steps. */
    public record Planned(long sessions, long registered, long attended, long walkIns, long noShows,
                          long attendances, long distinctPeople, long repeatAttendees, long feeRevenueYen) {
    }

    // --- the plan ---------------------------------------------------------------------------------------------

    private static final String[][] SURNAMES = {{"佐藤", "さとう"}, {"鈴木", "すずき"}, {"渡部", "わたなべ"},
            {"星", "ほし"}, {"五十嵐", "いがらし"}, {"長谷川", "はせがわ"}, {"菅野", "かんの"}, {"遠藤", "えんどう"},
            {"小林", "こばやし"}, {"斎藤", "さいとう"}, {"目黒", "めぐろ"}, {"荒井", "あらい"}, {"猪俣", "いのまた"},
            {"坂内", "ばんない"}};
    private static final String[][] GIVEN_NAMES = {{"ミツ", "みつ"}, {"ヨシ", "よし"}, {"光男", "みつお"},
            {"武", "たけし"}, {"一郎", "いちろう"}, {"恵子", "けいこ"}, {"洋子", "ようこ"}, {"美智子", "みちこ"},
            {"博", "ひろし"}, {"昭", "あきら"}, {"京子", "きょうこ"}, {"進", "すすむ"}};
    private static final List<String> KAWAHIGASHI_DISTRICTS = List.of("河東町広田", "河東町八田", "河東町浅山",
            "河東町倉橋", "河東町郡山");
    private static final List<String> KITAAIZU_DISTRICTS = List.of("北会津町真宮", "北会津町荒井", "北会津町川南");
    private static final List<String> KITA_DISTRICTS = List.of("町北町", "高野町", "神指町");
    private static final List<String> CITY_DISTRICTS = List.of("湊", "大戸", "北会津", "河東", "北", "一箕", "行仁",
            "城北", "鶴城");

    /** The whole plan from the seeded random alone; {@code today} places the session still to come. */
    public static Plan plan(Random random, LocalDate today) {
        Map<String, Integer> members = new HashMap<>();
        DemoData.ORGANIZATIONS.forEach(o -> members.put(o.id(), o.members()));
        List<EventResident> residents = new ArrayList<>();
        residents.addAll(eventResidents("kawahigashi", "KA-E", 40, 1937, 1962, KAWAHIGASHI_DISTRICTS, random));
        residents.addAll(eventResidents("kita", "KI-E", 55, 1940, 1970, KITA_DISTRICTS, random));
        Map<String, Integer> pool = new HashMap<>(members);
        residents.forEach(r -> pool.merge(r.org(), 1, Integer::sum));

        List<SessionPlan> sessions = new ArrayList<>();
        // 健康講座: the second Thursday of ten months; twenty regulars and others now and then.
        List<Integer> healthPool = shuffled(pool.get("kawahigashi"), random);
        List<Integer> regulars = healthPool.subList(0, 20);
        List<Integer> others = healthPool.subList(20, healthPool.size());
        int number = 0;
        for (int month : new int[] {4, 5, 6, 7, 9, 10, 11, 12, 1, 2}) {
            LocalDate day = LocalDate.of(month >= 4 ? 2025 : 2026, month, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
            List<Integer> coming = new ArrayList<>();
            regulars.forEach(r -> {
                if (random.nextInt(100) < 85) {
                    coming.add(r);
                }
            });
            others.forEach(r -> {
                if (random.nextInt(100) < 22) {
                    coming.add(r);
                }
            });
            java.util.Collections.shuffle(coming, random);
            sessions.add(session("health", "kawahigashi", ++number, "河東公民館", day.atTime(10, 0), 30, 0, coming,
                    1 + random.nextInt(2), 1 + random.nextInt(3), number == 5, KAWAHIGASHI_DISTRICTS,
                    List.of(AgeBand.FROM_65_TO_74, AgeBand.FROM_75_TO_84, AgeBand.FROM_85), healthPool, true,
                    random));
        }
        // ふれあいコンサート: summer and winter, ¥500, members with family and friends.
        List<Integer> concertPool = shuffled(pool.get("kitaaizu"), random);
        int concert = 0;
        for (LocalDate day : List.of(LocalDate.of(2025, 7, 21), LocalDate.of(2025, 12, 14))) {
            List<Integer> coming = new ArrayList<>(concertPool.subList(0, 36 + random.nextInt(10)));
            java.util.Collections.shuffle(concertPool, random);
            sessions.add(session("concert", "kitaaizu", ++concert, "北会津公民館ホール", day.atTime(13, 30), 80, 500,
                    coming, 4 + random.nextInt(3), 8 + random.nextInt(5), false, KITAAIZU_DISTRICTS,
                    List.of(AgeBand.UNDER_40, AgeBand.FROM_40_TO_64, AgeBand.FROM_65_TO_74, AgeBand.FROM_75_TO_84),
                    concertPool, true, random));
        }
        // スマホ教室: monthly, 15 places, mostly newcomers until everyone has had a turn.
        List<Integer> phonePool = shuffled(pool.get("kita"), random);
        Set<Integer> taught = new HashSet<>();
        int lesson = 0;
        for (int i = 0; i < 12; i++) {
            LocalDate day = LocalDate.of(2025, 4, 1).plusMonths(i)
                    .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY));
            List<Integer> coming = new ArrayList<>();
            for (Integer p : phonePool) {
                if (!taught.contains(p) && coming.size() < 10) {
                    coming.add(p);
                }
            }
            List<Integer> again = new ArrayList<>(taught);
            java.util.Collections.sort(again);
            java.util.Collections.shuffle(again, random);
            for (Integer p : again) {
                if (coming.size() >= 13 + random.nextInt(4)) {
                    break;
                }
                coming.add(p);
            }
            taught.addAll(coming);
            sessions.add(session("smartphone", "kita", ++lesson, "北地区市民センター", day.atTime(14, 0), 15, 200,
                    coming, 0, random.nextInt(2), false, KITA_DISTRICTS,
                    List.of(AgeBand.FROM_65_TO_74, AgeBand.FROM_75_TO_84), phonePool, false, random));
        }
        // 夏まつり and the 地域づくりフェス: a few registered, most walking in.
        sessions.add(session("summer", "kita", 1, "町北町公園", LocalDate.of(2025, 8, 16).atTime(17, 0), 500, 0,
                shuffled(pool.get("kita"), random).subList(0, 6), 0, 85 + random.nextInt(15), false, KITA_DISTRICTS,
                List.of(AgeBand.UNDER_40, AgeBand.UNDER_40, AgeBand.FROM_40_TO_64, AgeBand.FROM_65_TO_74,
                        AgeBand.FROM_75_TO_84), List.of(), false, random));
        sessions.add(session("fes", "minato", 1, "會津稽古堂", LocalDate.of(2025, 11, 3).atTime(10, 0), 1000, 0,
                shuffled(pool.get("minato"), random).subList(0, 8), 2, 110 + random.nextInt(20), false,
                CITY_DISTRICTS, List.of(AgeBand.UNDER_40, AgeBand.FROM_40_TO_64, AgeBand.FROM_40_TO_64,
                        AgeBand.FROM_65_TO_74, AgeBand.FROM_75_TO_84), List.of(), false, random));
        // A 健康講座 a week after the first start: registered, not yet held.
        List<Integer> next = new ArrayList<>(regulars.subList(0, 14));
        next.addAll(others.subList(0, 8));
        SessionPlan coming = session("health", "kawahigashi", 11, "河東公民館", today.plusDays(7).atTime(10, 0), 30, 0,
                next, 1, 0, false, KAWAHIGASHI_DISTRICTS, List.of(AgeBand.FROM_75_TO_84), healthPool, false, random);
        sessions.add(notHeld(coming));
        return new Plan(residents, sessions);
    }

    private static List<EventResident> eventResidents(String org, String prefix, int count, int bornFrom,
                                                      int bornTo, List<String> districts, Random random) {
        List<EventResident> residents = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String[] given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
            residents.add(new EventResident(org, "%s%03d".formatted(prefix, i), surname[0] + " " + given[0],
                    surname[1] + " " + given[1], "0242-%02d-%04d".formatted(10 + random.nextInt(90),
                    random.nextInt(10_000)), LocalDate.of(bornFrom + random.nextInt(bornTo - bornFrom + 1),
                    1 + random.nextInt(12), 1), districts.get(random.nextInt(districts.size()))));
        }
        return residents;
    }

    private static List<Integer> shuffled(int size, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, random);
        return all;
    }

    /**
     * A session: the residents registering in that order (some with a companion), guests, a few cancellations
     * (when {@code cancellations}) with the waitlist's offers taken up — or, {@code oneLapses}, the first let lapse —
     * check-ins (a few not coming), walk-ins (some recognised residents of {@code pool} not registered) and the close.
     */
    private static SessionPlan session(String series, String org, int number, String venue, LocalDateTime startsAt,
                                       int capacity, int feeYen, List<Integer> residents, int guests, int walkIns,
                                       boolean oneLapses, List<String> districts, List<AgeBand> bands,
                                       List<Integer> pool, boolean cancellations, Random random) {
        String prefix = org + "-" + series + "-" + number;
        List<Registration> registrations = new ArrayList<>();
        int n = 0;
        List<Object> callers = new ArrayList<>(residents);
        for (int g = 0; g < guests; g++) {
            callers.add(random.nextInt(callers.size() + 1), "guest");
        }
        for (Object caller : callers) {
            String id = "Registration:" + UUID.nameUUIDFromBytes((prefix + "/" + (++n)).getBytes(
                    StandardCharsets.UTF_8));
            int companions = random.nextInt(100) < 12 ? 1 : 0;
            boolean comes = random.nextInt(100) >= 6;
            if (caller instanceof Integer resident) {
                registrations.add(new Registration(id, resident, null, null, null, companions, comes));
            } else {
                String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
                String[] given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
                registrations.add(new Registration(id, null, new GuestDetails(surname[0] + " " + given[0],
                        surname[1] + " " + given[1], "0242-%02d-%04d".formatted(10 + random.nextInt(90),
                        random.nextInt(10_000))), bands.get(random.nextInt(bands.size())),
                        districts.get(random.nextInt(districts.size())), companions, comes));
            }
        }
        Party party = new Party(capacity);
        List<Step> steps = new ArrayList<>();
        LocalDateTime phone = startsAt.toLocalDate().minusDays(25).atTime(9, 0);
        for (int i = 0; i < registrations.size(); i++) {
            Registration r = registrations.get(i);
            party.register(r.registrationId(), 1 + r.companions());
            steps.add(new Step(Act.REGISTER, r.registrationId(), phone.plusMinutes(17L * i)));
        }
        if (cancellations) {
            List<String> registered = party.with(Status.REGISTERED);
            int cancels = Math.min(registered.size(), 1 + random.nextInt(2));
            LocalDateTime at = startsAt.toLocalDate().minusDays(9).atTime(10, 0);
            boolean lapse = oneLapses;
            for (int c = 0; c < cancels; c++) {
                String cancelled = registered.get(random.nextInt(registered.size()));
                registered.remove(cancelled);
                at = at.plusHours(3);
                steps.add(new Step(Act.CANCEL, cancelled, at));
                List<String> offered = party.cancel(cancelled);
                while (!offered.isEmpty()) {
                    List<String> next = new ArrayList<>();
                    for (String o : offered) {
                        if (lapse) {
                            lapse = false;
                            at = at.plus(OFFER_HELD).plusHours(1);
                            steps.add(new Step(Act.LAPSE, o, at));
                            next.addAll(party.lapse(o));
                        } else {
                            at = at.plusHours(1);
                            steps.add(new Step(Act.ACCEPT, o, at));
                            party.accept(o);
                        }
                    }
                    offered = next;
                }
            }
        }
        LocalDateTime door = startsAt.minusMinutes(30);
        int c = 0;
        for (Registration r : registrations) {
            if (party.status(r.registrationId()) == Status.REGISTERED && r.comes()) {
                steps.add(new Step(Act.CHECK_IN, r.registrationId(), door.plusMinutes(c++)));
            }
        }
        Set<Integer> registeredResidents = new HashSet<>(residents);
        List<Integer> recognisable = new ArrayList<>(pool.stream().filter(p -> !registeredResidents.contains(p))
                .toList());
        List<WalkIn> walking = new ArrayList<>();
        for (int w = 0; w < walkIns; w++) {
            String id = prefix + "-walk-" + (w + 1);
            Integer resident = !recognisable.isEmpty() && random.nextBoolean()
                    ? recognisable.remove(random.nextInt(recognisable.size())) : null;
            walking.add(new WalkIn(id, resident, bands.get(random.nextInt(bands.size())),
                    districts.get(random.nextInt(districts.size()))));
            steps.add(new Step(Act.WALK_IN, id, startsAt.plusMinutes(w)));
        }
        steps.add(new Step(Act.CLOSE, prefix, startsAt.plusHours(2)));
        Map<String, Status> outcome = new LinkedHashMap<>();
        registrations.forEach(r -> outcome.put(r.registrationId(), party.status(r.registrationId())));
        return new SessionPlan(series, org, number, venue, startsAt, capacity, feeYen, registrations, walking,
                steps, outcome, true);
    }

    /** The session as the office has it before the day: registrations only. */
    private static SessionPlan notHeld(SessionPlan s) {
        return new SessionPlan(s.series(), s.org(), s.number(), s.venue(), s.startsAt(), s.capacity(), s.feeYen(),
                s.registrations(), List.of(), s.steps().stream().filter(step -> step.act() == Act.REGISTER
                || step.act() == Act.CANCEL || step.act() == Act.ACCEPT || step.act() == Act.LAPSE).toList(),
                s.outcome(), false);
    }

    /**
     * The places of a session as its own rules keep them (see {@code EventSession}): a party fits when nobody waits
     * and it has room, else it waits; places freed go to the waiting parties in order while the first fits.
     */
    static final class Party {

        private final int capacity;
        private final Map<String, Integer> places = new LinkedHashMap<>();
        private final Map<String, Status> status = new LinkedHashMap<>();
        private final Set<String> offered = new HashSet<>();

        Party(int capacity) {
            this.capacity = capacity;
        }

        Status status(String id) {
            return status.get(id);
        }

        List<String> with(Status wanted) {
            return new ArrayList<>(status.entrySet().stream().filter(e -> e.getValue() == wanted)
                    .map(Map.Entry::getKey).toList());
        }

        void register(String id, int party) {
            boolean fits = !status.containsValue(Status.WAITLISTED) && taken() + party <= capacity;
            places.put(id, party);
            status.put(id, fits ? Status.REGISTERED : Status.WAITLISTED);
        }

        List<String> cancel(String id) {
            status.put(id, Status.CANCELLED);
            offered.remove(id);
            return offerFreed();
        }

        List<String> lapse(String id) {
            status.put(id, Status.LAPSED);
            offered.remove(id);
            return offerFreed();
        }

        void accept(String id) {
            status.put(id, Status.REGISTERED);
            offered.remove(id);
        }

        private int taken() {
            return status.entrySet().stream().filter(e -> e.getValue() == Status.REGISTERED
                    || e.getValue() == Status.WAITLISTED && offered.contains(e.getKey()))
                    .mapToInt(e -> places.get(e.getKey())).sum();
        }

        private List<String> offerFreed() {
            List<String> now = new ArrayList<>();
            for (Map.Entry<String, Status> e : status.entrySet()) {
                if (e.getValue() != Status.WAITLISTED || offered.contains(e.getKey())) {
                    continue;
                }
                if (taken() + places.get(e.getKey()) > capacity) {
                    break;
                }
                offered.add(e.getKey());
                now.add(e.getKey());
            }
            return now;
        }
    }

    /** What the plan gives an organization in fiscal year {@code year}: counted from its steps, person by person. */
    public static Planned planned(Plan plan, String org, int year) {
        long sessions = 0, registered = 0, attended = 0, walkIns = 0, noShows = 0, revenue = 0;
        Set<String> people = new HashSet<>();
        Map<String, Set<String>> sessionsOfPerson = new HashMap<>();
        int n = 0;
        for (SessionPlan s : plan.sessions()) {
            n++;
            LocalDate day = s.startsAt().toLocalDate();
            int fiscalYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
            if (!s.org().equals(org) || fiscalYear != year) {
                continue;
            }
            sessions++;
            Set<String> checkedIn = new HashSet<>();
            s.steps().stream().filter(step -> step.act() == Act.CHECK_IN).forEach(step -> checkedIn.add(step.id()));
            List<String> came = new ArrayList<>();
            for (Registration r : s.registrations()) {
                if (s.outcome().get(r.registrationId()) != Status.REGISTERED) {
                    continue;
                }
                registered += 1 + r.companions();
                if (checkedIn.contains(r.registrationId())) {
                    attended += 1 + r.companions();
                    came.add(r.resident() != null ? "resident:" + r.resident() : "guest:" + r.registrationId());
                    for (int i = 1; i <= r.companions(); i++) {
                        came.add("companion:" + r.registrationId() + ":" + i);
                    }
                } else if (s.closed()) {
                    noShows += 1 + r.companions();
                }
            }
            for (WalkIn w : s.walkIns()) {
                walkIns++;
                came.add(w.resident() != null ? "resident:" + w.resident() : "walkin:" + w.checkInId());
            }
            revenue += (long) s.feeYen() * came.size();
            people.addAll(came);
            for (String person : came) {
                sessionsOfPerson.computeIfAbsent(person + "|" + s.series(), k -> new HashSet<>()).add("" + n);
            }
        }
        long repeat = sessionsOfPerson.entrySet().stream().filter(e -> e.getValue().size() >= 3)
                .map(e -> e.getKey().substring(0, e.getKey().indexOf('|'))).distinct().count();
        return new Planned(sessions, registered, attended, walkIns, noShows, attended + walkIns, people.size(),
                repeat, revenue);
    }

    // --- carrying it out through the use cases ------------------------------------------------------------------

    private final Residents residents;
    private final Series series;
    private final Registrations registrations;
    private final Door door;
    private final ViewStore<ResidentView> residentViews;
    private final Runnable sent;
    private final Map<String, String> seriesIds = new HashMap<>();
    private final Map<String, List<String>> pools = new HashMap<>();

    AttendanceDemo(Residents residents, Series series, Registrations registrations, Door door,
                   ViewStore<ResidentView> residentViews, Runnable sent) {
        this.residents = residents;
        this.residentViews = residentViews;
        this.series = series;
        this.registrations = registrations;
        this.door = door;
        this.sent = sent;
    }

    /**
     * Registers the event residents and the series; answers each session as a task. {@code members} are the
     * organizations' members in the order the demo registered them.
     */
    List<Runnable> setUp(Map<String, List<String>> members, LocalDate today) {
        Plan plan = plan(new Random(SEED), today);
        members.forEach((org, ids) -> pools.put(org, new ArrayList<>(ids)));
        for (EventResident r : plan.residents()) {
            sent.run();
            pools.get(r.org()).add(residents.registerUnread(r.org(), SEEDER, new Residents.NewResident(
                    r.memberNumber(), new ResidentDetails(r.name(), r.kana(), List.of(r.phone()), r.district(), null, null,
                    Set.of(), null, null), r.born(), r.district())));
        }
        for (SeriesPlan s : SERIES) {
            sent.run();
            seriesIds.put(s.key(), series.create(s.org(), s.title(), s.targetGroup(), s.participating(), SEEDER));
        }
        // Registrations check the resident in the directory's view and sessions their series in its view.
        pools.forEach((org, ids) -> ids.forEach(id -> await(() -> residentViews.find(id).orElse(null))));
        for (SeriesPlan s : SERIES) {
            await(() -> series.series(s.org(), seriesIds.get(s.key())).orElse(null));
        }
        return plan.sessions().stream().map(s -> (Runnable) () -> session(s)).toList();
    }

    private void session(SessionPlan s) {
        sent.run();
        String sessionId = series.schedule(s.org(), seriesIds.get(s.series()), new Series.SessionPlan(s.number(),
                s.venue(), s.startsAt(), s.startsAt().plusHours(2), s.capacity(), s.feeYen(), null, OFFER_HELD),
                SEEDER);
        Map<String, Registration> byId = new HashMap<>();
        s.registrations().forEach(r -> byId.put(r.registrationId(), r));
        Map<String, WalkIn> walkIns = new HashMap<>();
        s.walkIns().forEach(w -> walkIns.put(w.checkInId(), w));
        List<String> pool = pools.get(s.org());
        for (Step step : s.steps()) {
            java.time.Instant at = step.at().atZone(JAPAN).toInstant();
            sent.run();
            switch (step.act()) {
                case REGISTER -> {
                    Registration r = byId.get(step.id());
                    String resident = r.resident() == null ? null : pool.get(r.resident());
                    registrations.register(s.org(), sessionId, r.registrationId(), new Registrations.Registrant(
                            resident, r.guest(), r.band(), r.district(), r.companions(), true), SEEDER, at);
                }
                case CANCEL -> registrations.cancel(s.org(), sessionId, step.id(), SEEDER, at);
                case ACCEPT -> registrations.accept(s.org(), sessionId, step.id(), SEEDER, at);
                case LAPSE -> registrations.lapse(s.org(), sessionId, step.id(), at);
                case CHECK_IN -> door.checkIn(s.org(), sessionId, "ci-" + step.id().substring(
                        "Registration:".length()), step.id(), null, SEEDER, at);
                case WALK_IN -> {
                    WalkIn w = walkIns.get(step.id());
                    door.walkIn(s.org(), sessionId, new Door.WalkIn(w.checkInId(),
                            w.resident() == null ? null : pool.get(w.resident()), null, w.band(), w.district()),
                            SEEDER, at);
                }
                case CLOSE -> close(s.org(), sessionId, at);
            }
        }
    }

    /** Closes the session; stored even when its view is still behind (the seeding does not wait for it). */
    private void close(String org, String sessionId, java.time.Instant at) {
        try {
            door.close(org, sessionId, SEEDER, at);
        } catch (StoredNotYetVisible behind) {
            // The close is stored; the figures follow.
        }
    }

    /** Waits for the read side to answer (a call that throws or gives null is not there yet). */
    private static <T> T await(Supplier<T> call) {
        return Views.awaitPresent(() -> {
            try {
                return Optional.ofNullable(call.get());
            } catch (RuntimeException notYet) {
                return Optional.empty();
            }
        }).orElseThrow(() -> new IllegalStateException("Demo data: the read side did not follow"));
    }
}
