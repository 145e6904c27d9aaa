package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

import com.mongodb.client.MongoDatabase;

import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/** Transport over real HTTP: capacity under concurrency, recurring bookings, refusals that store nothing, duties. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransportApiTest {

    private static final String PASSWORD = "test-admin-password-2";
    private static final LocalDate NEXT_WEEK = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("yui-transport-test");
        registry.add("yui.data-dir", dir::toString);
        registry.add("yui.embedded-mongo-port", () -> "0");
        registry.add("yui.admin-password", () -> PASSWORD);
    }

    private static final Duration VIEW_LAG = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private YuiHttp http;

    @BeforeEach
    void setUp() {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
    }

    private long storedEvents() {
        return database.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> pickups(String org, String run) {
        return (List<Map<String, Object>>) http.get("/api/orgs/" + org + "/runs/" + run + "/sheet").json().get("pickups");
    }

    @Test
    void fiftySimultaneousBookingsForEightSeatsAcceptExactlyEight() throws Exception {
        String run = http.scheduleRun("minato", "minato-bus", 8);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<YuiHttp.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return http.book("minato", run);
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
                () -> pickups("minato", run), p -> p.size() >= 8)).hasSize(8);
        Map<String, Object> summary = http.get("/api/orgs/minato/runs/" + run).json();
        assertThat(((List<?>) summary.get("bookings"))).hasSize(8);
    }

    @Test
    void aRecurringPatternGeneratedTwiceBooksEachOccurrenceOnce() throws Exception {
        String resident = http.created(http.post("/api/orgs/minato/residents", """
                {"memberNumber":"R-1","details":{"name":"透析 次郎","kana":"とうせき じろう","phones":["0242-11-2233"]}}"""),
                "residentId");
        List<String> runs = new ArrayList<>();
        LocalDate first = NEXT_WEEK;
        for (int day = 0; day < 7; day++) {
            runs.add(http.scheduleRun("minato", "minato-bus", "DEMAND_RESPONSIVE", 8, 1, first.plusDays(day)));
        }
        String weekdays = "\"" + first.getDayOfWeek() + "\",\"" + first.plusDays(3).getDayOfWeek() + "\"";
        String pattern = http.created(http.post("/api/orgs/minato/recurring-bookings", """
                {"residentId":"%s","service":"minato-bus","departure":"09:30","weekdays":[%s],
                 "from":"%s","until":"%s","pickup":{"home":true},"dropOff":{"home":true},"passengers":1,
                 "purpose":"HOSPITAL"}""".formatted(resident, weekdays, first, first.plusDays(30))), "recurringId");
        String generate = "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(first, first.plusDays(13));

        Map<String, Object> once = http.post("/api/orgs/minato/recurring-bookings/" + pattern + "/generate", generate).json();
        long events = storedEvents();
        Map<String, Object> twice = http.post("/api/orgs/minato/recurring-bookings/" + pattern + "/generate", generate).json();

        assertThat((List<?>) once.get("booked")).as(once.toString()).hasSize(2);
        assertThat((List<?>) once.get("noRun")).hasSize(2);
        assertThat((List<?>) twice.get("booked")).isEmpty();
        assertThat((List<?>) twice.get("alreadyBooked")).hasSize(2);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(YuiHttp.eventually(VIEW_LAG,
                () -> pickups("minato", runs.get(0)), p -> !p.isEmpty())).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("name", "透析 次郎").containsEntry("residentId", resident));
        assertThat(pickups("minato", runs.get(3))).hasSize(1);
        assertThat(pickups("minato", runs.get(1))).isEmpty();
    }

    @Test
    void aFareForAVolunteerServiceIsRefusedAndNothingStored() {
        http.ensureService("oto", "oto-volunteer", "VOLUNTEER");
        long before = storedEvents();

        YuiHttp.Response refused = http.post("/api/orgs/oto/services/oto-volunteer/fares",
                "{\"effectiveFrom\":\"2026-04-01\",\"kind\":\"FLAT\",\"flatYen\":500}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("rule", "VolunteerServiceHasNoFareTable")
                .containsEntry("title", "ボランティア輸送には運賃表を設定できません");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aServiceCodeIsRegisteredOnce() {
        http.ensureService("kawahigashi", "minazuru", "FIXED_ROUTE");
        long before = storedEvents();

        YuiHttp.Response again = http.post("/api/orgs/kawahigashi/services", """
                {"code":"minazuru","name":"別","kind":"FIXED_ROUTE","deadline":{"daysBefore":1,"time":"17:00"},
                 "calendar":{"weekdays":["TUESDAY"]}}""");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json()).containsEntry("title", "登録済みです");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aBookingPastTheDeadlineIsRefusedAndNothingStored() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String run = http.scheduleRun("minato", "minato-bus", "DEMAND_RESPONSIVE", 8, 1, today);
        long before = storedEvents();

        YuiHttp.Response refused = http.book("minato", run);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("rule", "BookingBeforeDeadline").containsEntry("title", "予約の締切を過ぎています");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aWheelchairRiderOnARunWithoutWheelchairSpaceIsRefusedAndNothingStored() {
        String run = http.scheduleRun("minato", "minato-bus", "DEMAND_RESPONSIVE", 8, 0, NEXT_WEEK);
        long before = storedEvents();

        YuiHttp.Response refused = http.post("/api/orgs/minato/bookings", """
                {"runId":"%s","pickup":{"home":true},"dropOff":{"home":true},"wheelchair":true}""".formatted(run));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json()).containsEntry("rule", "RunHasWheelchairSpace").containsEntry("title", "車いすスペースがありません");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aReturnIsLinkedOnlyToAnOutboundOnRecord() throws Exception {
        String morning = http.scheduleRun("minato", "minato-bus", 8);
        String afternoon = http.scheduleRun("minato", "minato-bus", 8);
        String outbound = (String) http.book("minato", morning).json().get("bookingId");
        String body = """
                {"runId":"%s","pickup":{"home":false,"stopId":"clinic"},"dropOff":{"home":true},"returnOf":"%s"}""";
        YuiHttp.eventually(VIEW_LAG,
                () -> http.get("/api/orgs/minato/bookings/" + outbound).status(), s -> s == 200);
        long before = storedEvents();

        YuiHttp.Response unknown = http.post("/api/orgs/minato/bookings",
                body.formatted(afternoon, "Booking:00000000-0000-0000-0000-000000000000"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json()).containsEntry("title", "往路の予約が見つかりません");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(http.post("/api/orgs/minato/bookings", body.formatted(afternoon, outbound)).status()).isEqualTo(201);
    }

    @Test
    void aDutyWithoutSafetyCheckIsRefusedAndNothingStoredThenTheDutyIsRecordedOnceDespiteRetries() throws Exception {
        String run = http.scheduleRun("minato", "minato-bus", 8);
        String driver = (String) http.get("/api/orgs/minato/runs/" + run).json().get("driverId");
        String booking = (String) http.book("minato", run).json().get("bookingId");
        long before = storedEvents();
        String start = """
                {"actionId":"start-0001","driverId":"%s","place":"湊公民館","at":"%sT08:45:00","odometerKm":41200}"""
                .formatted(driver, NEXT_WEEK);

        YuiHttp.Response refused = http.post("/api/orgs/minato/runs/" + run + "/duty/start", start);

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
                YuiHttp.Response r = http.post("/api/orgs/minato/runs/" + run + "/duty/" + step[0], step[1]);
                assertThat(r.status()).as(step[0] + " " + r.body()).isEqualTo(200);
            }
        }
        assertThat(storedEvents()).isEqualTo(before + 3);
        Map<String, Object> duty = YuiHttp.eventually(VIEW_LAG,
                () -> http.get("/api/orgs/minato/runs/" + run + "/duty").json(),
                d -> d.get("start") != null);
        assertThat((List<?>) duty.get("safetyChecks")).hasSize(1);
        assertThat(pickups("minato", run)).singleElement().satisfies(p -> assertThat(p).containsEntry("outcome", "BOARDED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void residentsAreFoundByPhoneAndKanaInAnyWriting() {
        String id = http.created(http.post("/api/orgs/kitaaizu/residents", """
                {"memberNumber":"K-77","details":{"name":"会津 花子","kana":"アイヅ ハナコ","phones":["0242-56-7890"],
                 "mobilityNeeds":["WALKER"],"notes":"玄関まで"}}"""), "residentId");
        YuiHttp.Response taken = http.post("/api/orgs/kitaaizu/residents", """
                {"memberNumber":"K-77","details":{"name":"別人","kana":"べつじん","phones":[]}}""");

        assertThat((List<Map<String, Object>>) (List<?>) http.getList("/api/orgs/kitaaizu/residents?phone=0242567890"))
                .extracting(r -> r.get("residentId")).containsExactly(id);
        assertThat((List<Map<String, Object>>) (List<?>) http.getList("/api/orgs/kitaaizu/residents?kana=ｱｲﾂﾞ"))
                .extracting(r -> r.get("residentId")).containsExactly(id);
        assertThat(http.getList("/api/orgs/kitaaizu/residents?kana=%E3%81%82%E3%81%84%E3%81%A5")).hasSize(1);
        assertThat(http.getList("/api/orgs/minato/residents?phone=0242567890")).isEmpty();
        assertThat(taken.status()).isEqualTo(409);
        assertThat(http.get("/api/orgs/minato/residents/" + id).status()).isEqualTo(404);
    }
}
