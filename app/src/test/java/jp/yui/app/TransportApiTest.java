package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;

import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/**
 * Transport over real HTTP: capacity under concurrency, recurring bookings, refusals that store nothing, duties, fare
 * quotes. Each test works in an organization of its own, so no two tests share a service, run or date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransportApiTest {

    private static final String PASSWORD = "test-admin-password-2";
    private static final LocalDate NEXT_WEEK = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "transport", PASSWORD);
    }

    /** Generous: the views follow the events within moments, but the test machine may be busy. */
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private YuiHttp http;
    private String org;

    @BeforeEach
    void setUp() {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        org = YuiHttp.unique("t");
    }

    private long storedEvents() {
        return database.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> pickups(String org, String run) {
        return (List<Map<String, Object>>) http.get("/api/orgs/" + org + "/runs/" + run + "/sheet").json().get("pickups");
    }

    private long eventsOf(String aggregate) {
        return database.getCollection(SequencedEventStorageEngine.EVENTS)
                .countDocuments(new Document("aggregateIdentifier", aggregate));
    }

    /** The fare quoted in a booking's 201 answer. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> quoted(YuiHttp.Response booked) {
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return (Map<String, Object>) booked.json().get("fare");
    }

    private YuiHttp.Response book(String run, String extra) {
        return http.post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","pickup":{"home":true},"dropOff":{"home":true}%s}""".formatted(run, extra));
    }

    private YuiHttp.Response bookBetween(String run, String from, String to) {
        return http.post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","pickup":{"home":false,"stopId":"%s"},"dropOff":{"home":false,"stopId":"%s"}}"""
                .formatted(run, from, to));
    }

    private void setFares(String service, String table) {
        http.created(http.post("/api/orgs/" + org + "/services/" + service + "/fares", table), "serviceId");
    }

    @Test
    void answersCarryNoHelperFlagsOfPlacesFaresOrFareTables() throws Exception {
        String run = http.scheduleRun(org, "bus", 8);

        YuiHttp.Response booked = http.post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","pickup":{"home":true},"dropOff":{"home":false,"stopId":"clinic"}}""".formatted(run));
        String bookingId = http.created(booked, "bookingId");
        YuiHttp.Response service = http.get("/api/orgs/" + org + "/services/bus");
        YuiHttp.Response runView = YuiHttp.eventually(VIEW_LAG, () -> http.get("/api/orgs/" + org + "/runs/" + run),
                r -> r.body().contains(bookingId));
        YuiHttp.Response sheet = http.get("/api/orgs/" + org + "/runs/" + run + "/sheet");

        assertThat(booked.body()).contains("\"tableYen\":300").doesNotContain("\"overridden\"");
        assertThat(service.body()).contains("\"flatYen\":300").doesNotContain("\"complete\"");
        assertThat(runView.body()).contains("\"stopId\":\"clinic\"").doesNotContain("\"valid\"")
                .doesNotContain("\"overridden\"");
        assertThat(sheet.body()).contains("\"stopId\":\"clinic\"").doesNotContain("\"valid\"");
    }

    @Test
    void fiftySimultaneousBookingsForEightSeatsAcceptExactlyEight() throws Exception {
        String run = http.scheduleRun(org, "bus", 8);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<YuiHttp.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return http.book(org, run);
            }));
        }
        start.countDown();
        List<YuiHttp.Response> responses = new ArrayList<>();
        for (Future<YuiHttp.Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(8);
        List<YuiHttp.Response> refused = responses.stream().filter(r -> r.status() != 201).toList();
        assertThat(refused).hasSize(42).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json()).containsEntry("rule", "RunHasSeatsLeft");
        });
        assertThat(YuiHttp.eventually(VIEW_LAG,
                () -> pickups(org, run), p -> p.size() >= 8)).hasSize(8);
        Map<String, Object> summary = http.get("/api/orgs/" + org + "/runs/" + run).json();
        assertThat(((List<?>) summary.get("bookings"))).hasSize(8);
    }

    @Test
    void aRecurringPatternGeneratedTwiceBooksEachOccurrenceOnce() throws Exception {
        String resident = http.created(http.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"R-1","details":{"name":"透析 次郎","kana":"とうせき じろう","phones":["0242-11-2233"]}}"""),
                "residentId");
        List<String> runs = new ArrayList<>();
        LocalDate first = NEXT_WEEK;
        for (int day = 0; day < 7; day++) {
            runs.add(http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 8, 1, first.plusDays(day)));
        }
        String weekdays = "\"" + first.getDayOfWeek() + "\",\"" + first.plusDays(3).getDayOfWeek() + "\"";
        String pattern = http.created(http.post("/api/orgs/" + org + "/recurring-bookings", """
                {"residentId":"%s","service":"bus","departure":"09:30","weekdays":[%s],
                 "from":"%s","until":"%s","pickup":{"home":true},"dropOff":{"home":true},"passengers":1,
                 "purpose":"HOSPITAL"}""".formatted(resident, weekdays, first, first.plusDays(30))), "recurringId");
        String generate = "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(first, first.plusDays(13));

        Map<String, Object> once = http.post("/api/orgs/" + org + "/recurring-bookings/" + pattern + "/generate", generate).json();
        long events = storedEvents();
        Map<String, Object> twice = http.post("/api/orgs/" + org + "/recurring-bookings/" + pattern + "/generate", generate).json();

        assertThat((List<?>) once.get("booked")).as(once.toString()).hasSize(2);
        assertThat((List<?>) once.get("noRun")).hasSize(2);
        assertThat((List<?>) twice.get("booked")).isEmpty();
        assertThat((List<?>) twice.get("alreadyBooked")).hasSize(2);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(YuiHttp.eventually(VIEW_LAG,
                () -> pickups(org, runs.get(0)), p -> !p.isEmpty())).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("name", "透析 次郎").containsEntry("residentId", resident));
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> pickups(org, runs.get(3)), p -> !p.isEmpty())).hasSize(1);
        assertThat(pickups(org, runs.get(1))).isEmpty();
    }

    @Test
    void aFareForAVolunteerServiceIsRefusedAndNothingStored() {
        http.ensureService(org, "volunteer", "VOLUNTEER");
        long before = storedEvents();

        YuiHttp.Response refused = http.post("/api/orgs/" + org + "/services/volunteer/fares",
                "{\"effectiveFrom\":\"2026-04-01\",\"kind\":\"FLAT\",\"flatYen\":500}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("rule", "VolunteerServiceHasNoFareTable")
                .containsEntry("title", "ボランティア輸送には運賃表を設定できません");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aServiceCodeIsRegisteredOnce() {
        http.ensureService(org, "minazuru", "FIXED_ROUTE");
        long before = storedEvents();

        YuiHttp.Response again = http.post("/api/orgs/" + org + "/services", """
                {"code":"minazuru","name":"別","kind":"FIXED_ROUTE","deadline":{"daysBefore":1,"time":"17:00"},
                 "calendar":{"weekdays":["TUESDAY"]}}""");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json()).containsEntry("title", "登録済みです");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aBookingPastTheDeadlineIsRefusedAndNothingStored() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String run = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 8, 1, today);
        long before = storedEvents();

        YuiHttp.Response refused = http.book(org, run);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("rule", "BookingBeforeDeadline").containsEntry("title", "予約の締切を過ぎています");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aWheelchairRiderOnARunWithoutWheelchairSpaceIsRefusedAndNothingStored() {
        String run = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 8, 0, NEXT_WEEK);
        long before = storedEvents();

        YuiHttp.Response refused = http.post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","pickup":{"home":true},"dropOff":{"home":true},"wheelchair":true}""".formatted(run));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json()).containsEntry("rule", "RunHasWheelchairSpace").containsEntry("title", "車いすスペースがありません");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aReturnIsLinkedOnlyToAnOutboundOnRecord() throws Exception {
        String morning = http.scheduleRun(org, "bus", 8);
        String afternoon = http.scheduleRun(org, "bus", 8);
        String outbound = (String) http.book(org, morning).json().get("bookingId");
        String body = """
                {"runId":"%s","pickup":{"home":false,"stopId":"clinic"},"dropOff":{"home":true},"returnOf":"%s"}""";
        assertThat(YuiHttp.eventually(VIEW_LAG,
                () -> http.get("/api/orgs/" + org + "/bookings/" + outbound).status(), s -> s == 200)).isEqualTo(200);
        long before = storedEvents();

        YuiHttp.Response unknown = http.post("/api/orgs/" + org + "/bookings",
                body.formatted(afternoon, "Booking:00000000-0000-0000-0000-000000000000"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json()).containsEntry("title", "往路の予約が見つかりません");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(http.post("/api/orgs/" + org + "/bookings", body.formatted(afternoon, outbound)).status()).isEqualTo(201);
    }

    @Test
    void aDutyWithoutSafetyCheckIsRefusedAndNothingStoredThenTheDutyIsRecordedOnceDespiteRetries() throws Exception {
        String run = http.scheduleRun(org, "bus", 8);
        String driver = (String) http.get("/api/orgs/" + org + "/runs/" + run).json().get("driverId");
        String booking = (String) http.book(org, run).json().get("bookingId");
        long before = storedEvents();
        String start = """
                {"actionId":"start-0001","driverId":"%s","place":"湊公民館","at":"%sT08:45:00","odometerKm":41200}"""
                .formatted(driver, NEXT_WEEK);

        YuiHttp.Response refused = http.post("/api/orgs/" + org + "/runs/" + run + "/duty/start", start);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json()).containsEntry("rule", "DutyStartsAfterSafetyCheck").containsEntry("title", "乗務前の確認がありません");
        assertThat(storedEvents()).isEqualTo(before);

        String check = """
                {"actionId":"check-0001","driverId":"%s","alcoholDetectorUsed":true,"alcoholDetected":false,
                 "ill":false,"fatigued":false,"instructions":"凍結に注意","checkedBy":"事務局",
                 "checkedAt":"%sT08:30:00"}""".formatted(driver, NEXT_WEEK);
        String board = """
                {"actionId":"board-0001","bookingId":"%s","outcome":"BOARDED","at":"%sT09:10:00"}"""
                .formatted(booking, NEXT_WEEK);
        for (String[] step : new String[][] {{"safety-check", check}, {"start", start}, {"outcomes", board}}) {
            for (int attempt = 0; attempt < 2; attempt++) {
                YuiHttp.Response r = http.post("/api/orgs/" + org + "/runs/" + run + "/duty/" + step[0], step[1]);
                assertThat(r.status()).as(step[0] + " " + r.body()).isEqualTo(200);
            }
        }
        assertThat(storedEvents()).isEqualTo(before + 3);
        Map<String, Object> duty = YuiHttp.eventually(VIEW_LAG,
                () -> http.get("/api/orgs/" + org + "/runs/" + run + "/duty").json(),
                d -> d.get("start") != null);
        assertThat((List<?>) duty.get("safetyChecks")).hasSize(1);
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> pickups(org, run),
                p -> p.size() == 1 && "BOARDED".equals(p.get(0).get("outcome"))))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("outcome", "BOARDED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void residentsAreFoundByPhoneAndKanaInAnyWriting() {
        String id = http.created(http.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"K-77","details":{"name":"会津 花子","kana":"アイヅ ハナコ","phones":["0242-56-7890"],
                 "mobilityNeeds":["WALKER"],"notes":"玄関まで"}}"""), "residentId");
        YuiHttp.Response taken = http.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"K-77","details":{"name":"別人","kana":"べつじん","phones":[]}}""");

        assertThat((List<Map<String, Object>>) (List<?>) http.getList("/api/orgs/" + org + "/residents?phone=0242567890"))
                .extracting(r -> r.get("residentId")).containsExactly(id);
        assertThat((List<Map<String, Object>>) (List<?>) http.getList("/api/orgs/" + org + "/residents?kana=ｱｲﾂﾞ"))
                .extracting(r -> r.get("residentId")).containsExactly(id);
        assertThat(http.getList("/api/orgs/" + org + "/residents?kana=%E3%81%82%E3%81%84%E3%81%A5")).hasSize(1);
        String other = YuiHttp.unique("other");
        assertThat(http.getList("/api/orgs/" + other + "/residents?phone=0242567890")).isEmpty();
        assertThat(taken.status()).isEqualTo(409);
        assertThat(http.get("/api/orgs/" + other + "/residents/" + id).status()).isEqualTo(404);
    }

    @Test
    void aBookingIsQuotedFromTheFareTableInForceOnTheDayOfTheRun() {
        LocalDate change = NEXT_WEEK.plusDays(3);
        http.ensureService(org, "bus", "DEMAND_RESPONSIVE"); // 300 yen flat since 2020
        setFares("bus", "{\"effectiveFrom\":\"%s\",\"kind\":\"FLAT\",\"flatYen\":400}".formatted(change));
        String dayBefore = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 8, 1, change.minusDays(1));
        String dayOf = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 8, 1, change);
        String weekAfter = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 8, 1, change.plusDays(7));

        assertThat(quoted(http.book(org, dayBefore))).containsEntry("yen", 300).containsEntry("tableYen", 300);
        assertThat(quoted(http.book(org, dayOf))).containsEntry("yen", 400).containsEntry("tableYen", 400);
        assertThat(quoted(http.book(org, weekAfter))).containsEntry("yen", 400).containsEntry("tableYen", 400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSectionFareIsPricedByTheSectionsCrossedBetweenTwoStops() throws Exception {
        http.ensureService(org, "line", "FIXED_ROUTE");
        for (String stop : List.of("station", "clinic", "onsen")) {
            http.created(http.post("/api/orgs/" + org + "/services/line/stops", """
                    {"stopId":"%s","name":"%s","kana":"%s","latitude":37.49,"longitude":139.93}"""
                    .formatted(stop, stop, stop)), "serviceId");
        }
        setFares("line", """
                {"effectiveFrom":"2021-04-01","kind":"SECTION","sectionOfStop":{"station":1,"clinic":2,"onsen":4},
                 "yenBySectionsCrossed":[200,300,400]}""");
        String run = http.scheduleRun(org, "line", "FIXED_ROUTE", 8, 1, NEXT_WEEK);

        assertThat(quoted(bookBetween(run, "station", "station"))).containsEntry("yen", 200);
        assertThat(quoted(bookBetween(run, "station", "clinic"))).containsEntry("yen", 300);
        assertThat(quoted(bookBetween(run, "clinic", "station"))).containsEntry("yen", 300);
        assertThat(quoted(bookBetween(run, "onsen", "station"))).as("three sections crossed, the last price is the cap")
                .containsEntry("yen", 400).containsEntry("tableYen", 400);
        List<Map<String, Object>> bookings = (List<Map<String, Object>>) YuiHttp.eventually(VIEW_LAG,
                () -> http.get("/api/orgs/" + org + "/runs/" + run).json(),
                r -> ((List<?>) r.get("bookings")).size() == 4).get("bookings");
        assertThat(bookings).extracting(b -> ((Map<String, Object>) b.get("fare")).get("yen"))
                .containsExactlyInAnyOrder(200, 300, 300, 400);
    }

    @Test
    void aSectionFareCannotPriceAHomePickupSoTheOperatorMustGiveTheFareWithAReason() {
        http.ensureService(org, "line", "FIXED_ROUTE");
        setFares("line", """
                {"effectiveFrom":"2021-04-01","kind":"SECTION","sectionOfStop":{"station":1},
                 "yenBySectionsCrossed":[200]}""");
        String run = http.scheduleRun(org, "line", "FIXED_ROUTE", 8, 1, NEXT_WEEK);
        long before = eventsOf(run);

        YuiHttp.Response unpriced = book(run, "");

        assertThat(unpriced.status()).as(unpriced.body()).isEqualTo(422);
        assertThat(unpriced.json()).containsEntry("rule", "FareOverrideHasReason");
        assertThat(eventsOf(run)).isEqualTo(before);
        Map<String, Object> fare = quoted(book(run, ",\"fareOverride\":{\"yen\":700,\"reason\":\"自宅送迎は別料金\"}"));
        assertThat(fare).containsEntry("yen", 700).containsEntry("overrideReason", "自宅送迎は別料金");
        assertThat(fare.get("tableYen")).isNull();
    }

    @Test
    void aDistanceFareIsTheBasePlusEachStartedKilometreBeyondIt() {
        http.ensureService(org, "taxi", "DEMAND_RESPONSIVE");
        setFares("taxi", """
                {"effectiveFrom":"2021-04-01","kind":"DISTANCE","baseYen":500,"baseKm":2,"yenPerKm":100}""");
        String run = http.scheduleRun(org, "taxi", "DEMAND_RESPONSIVE", 8, 1, NEXT_WEEK);

        assertThat(quoted(book(run, ",\"distanceKm\":1.5"))).containsEntry("yen", 500).containsEntry("tableYen", 500);
        assertThat(quoted(book(run, ",\"distanceKm\":2.0"))).containsEntry("yen", 500);
        assertThat(quoted(book(run, ",\"distanceKm\":4.3"))).containsEntry("yen", 800).containsEntry("tableYen", 800);
    }

    @Test
    void aFareOverrideIsKeptWithItsReasonAndOneWithoutAReasonIsRefusedAndNothingStored() {
        String run = http.scheduleRun(org, "bus", 8);
        long before = eventsOf(run);

        YuiHttp.Response noReason = book(run, ",\"fareOverride\":{\"yen\":0}");
        YuiHttp.Response blankReason = book(run, ",\"fareOverride\":{\"yen\":0,\"reason\":\" \"}");

        for (YuiHttp.Response refused : List.of(noReason, blankReason)) {
            assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(eventsOf(run)).isEqualTo(before);
        assertThat(quoted(book(run, ",\"fareOverride\":{\"yen\":0,\"reason\":\"生活保護世帯の減免\"}")))
                .containsEntry("yen", 0).containsEntry("tableYen", 300).containsEntry("overrideReason", "生活保護世帯の減免");
        assertThat(eventsOf(run)).isEqualTo(before + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void extraChargesAreKeptApartFromTheFareAndTheSheetShowsTheTotal() throws Exception {
        String run = http.scheduleRun(org, "bus", 8);

        YuiHttp.Response booked = book(run, ",\"extraCharges\":{\"yen\":200,\"note\":\"迎車\"}");

        Map<String, Object> fare = quoted(booked);
        assertThat(fare).containsEntry("yen", 300).containsEntry("tableYen", 300).containsEntry("extraChargesYen", 200)
                .containsEntry("extraChargesNote", "迎車");
        assertThat(fare.get("overrideReason")).isNull();
        String bookingId = (String) booked.json().get("bookingId");
        List<Map<String, Object>> pickups = YuiHttp.eventually(VIEW_LAG, () -> pickups(org, run), p -> !p.isEmpty());
        assertThat(pickups).singleElement().satisfies(p -> assertThat(p).containsEntry("fareYen", 500));
        Map<String, Object> onRun = ((List<Map<String, Object>>) http.get("/api/orgs/" + org + "/runs/" + run).json()
                .get("bookings")).stream().filter(b -> bookingId.equals(b.get("bookingId"))).findFirst().orElseThrow();
        assertThat(onRun.get("fare")).isEqualTo(fare);
    }

    @Test
    void aVolunteerServiceQuotesNoFare() {
        String run = http.scheduleRun(org, "volunteer", "VOLUNTEER", 4, 1, NEXT_WEEK);

        assertThat(quoted(http.book(org, run))).containsEntry("yen", 0).containsEntry("tableYen", 0)
                .containsEntry("extraChargesYen", 0);
    }
}
