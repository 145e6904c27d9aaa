package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.mongodb.client.MongoDatabase;

import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/** Logins, roles and organization isolation, checked over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SecurityTest {

    private static final String PASSWORD = "test-admin-password-4";
    private static final String USER_PASSWORD = "a-long-user-password";

    private static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** The service's clock, which a test may move forward instead of waiting. */
    private static final MovableClock CLOCK = new MovableClock();

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    /** Japanese time from the system clock, plus however far a test has moved it on. */
    static final class MovableClock extends Clock {

        private final Clock system = Clock.system(ZoneId.of("Asia/Tokyo"));
        private volatile Duration moved = Duration.ZERO;

        void moveOn(Duration by) {
            moved = moved.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(system.withZone(zone), moved);
        }

        @Override
        public Instant instant() {
            return system.instant().plus(moved);
        }
    }

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "security", PASSWORD);
        registry.add("yui.security.lock-duration", LOCK_DURATION::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    LoggingSystem loggingSystem;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private YuiHttp admin;

    @BeforeEach
    void setUp() {
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
    }

    private void createUser(String username, String org, String... roles) {
        String orgJson = org == null ? "null" : "\"" + org + "\"";
        YuiHttp.Response r = admin.post("/api/users", """
                {"username":"%s","password":"%s","roles":["%s"],"organizationId":%s}"""
                .formatted(username, USER_PASSWORD, String.join("\",\"", roles), orgJson));
        assertThat(r.status()).as(r.body()).isIn(201, 409);
    }

    /** A name no other test uses, valid as an organization id and as a user name. */
    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long storedEvents() {
        return database.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments();
    }

    private YuiHttp as(String username) {
        return admin.as(username, USER_PASSWORD);
    }

    /** An organization with one of everything an organization's paths can name. */
    private Map<String, String> organizationWithEverything(String org) {
        String run = admin.scheduleRun(org, "bus", 8);
        String booking = (String) admin.book(org, run).json().get("bookingId");
        String resident = admin.created(admin.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"B-%d","details":{"name":"別団体 太郎","kana":"べつだんたい たろう","phones":["0242-00-1111"]}}"""
                .formatted(System.nanoTime() % 100000)), "residentId");
        String recurring = admin.created(admin.post("/api/orgs/" + org + "/recurring-bookings", """
                {"residentId":"%s","service":"bus","departure":"09:30","weekdays":["MONDAY"],"from":"2030-01-01",
                 "until":"2030-02-01","pickup":{"home":true},"dropOff":{"home":true},"passengers":1}"""
                .formatted(resident)), "recurringId");
        String driver = (String) admin.get("/api/orgs/" + org + "/runs/" + run).json().get("driverId");
        Map<String, String> ids = new HashMap<>(Map.of("org", org, "runId", run, "bookingId", booking,
                "residentId", resident, "code", "bus", "recurringId", recurring, "driverId", driver));
        ids.putAll(marketOf(org));
        ids.putAll(attendanceOf(org));
        return ids;
    }

    /** A series, a session of it with a guest's registration checked in, each readable. */
    private Map<String, String> attendanceOf(String org) {
        String base = "/api/orgs/" + org + "/attendance";
        String series = admin.created(admin.post(base + "/series", """
                {"title":"健康講座"}"""), "seriesId");
        String session = admin.created(admin.post(base + "/series/" + series + "/sessions", """
                {"number":1,"venue":"公民館","startsAt":"2030-01-08T10:00:00","endsAt":"2030-01-08T11:00:00",
                 "capacity":30,"feeYen":0}"""), "eventSessionId");
        String registration = admin.created(admin.post(base + "/sessions/" + session + "/registrations", """
                {"guest":{"name":"申込 一郎","kana":"もうしこみ いちろう"}}"""), "registrationId");
        assertThat(admin.post(base + "/sessions/" + session + "/check-ins", """
                {"checkInId":"checkin-0001","registrationId":"%s"}""".formatted(registration)).status())
                .isEqualTo(200);
        return Map.of("seriesId", series, "eventSessionId", session, "registrationId", registration,
                "checkInId", "checkin-0001");
    }

    /** A producer, a product of theirs, a sales point and its till's session of today, each readable; a settlement. */
    @SuppressWarnings("unchecked")
    private Map<String, String> marketOf(String org) {
        String market = "/api/orgs/" + org + "/market";
        String producer = admin.created(admin.post(market + "/producers", """
                {"producerNumber":"001","details":{"name":"出荷 一郎","kana":"しゅっか いちろう"},
                 "commission":{"basisPoints":1500}}"""), "producerId");
        String product = admin.created(admin.post(market + "/products", """
                {"code":"1001","name":"トマト","producerId":"%s","priceYen":200,"taxCategory":"FOOD"}"""
                .formatted(producer)), "productId");
        YuiHttp.Response point = admin.post(market + "/sales-points", """
                {"name":"直売所","kind":"FARM_STAND","tills":["レジ1"]}""");
        String salesPoint = admin.created(point, "salesPointId");
        String till = (String) ((List<Map<String, Object>>) point.json().get("tills")).get(0).get("tillId");
        String session = admin.created(admin.post(market + "/till-sessions", """
                {"salesPointId":"%s","tillId":"%s","businessDate":"%s","floatYen":10000}"""
                .formatted(salesPoint, till, java.time.LocalDate.now(ZoneId.of("Asia/Tokyo")))), "sessionId");
        try {
            YuiHttp.eventually(Duration.ofSeconds(30), () -> admin.get(market + "/till-sessions/" + session).status()
                    + admin.get(market + "/producers/" + producer).status(), sum -> sum == 400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String settlement = admin.created(admin.post(market + "/producers/" + producer + "/settlements", """
                {"periodFrom":"2030-01-01","periodTo":"2030-01-31"}"""), "settlementId");
        return Map.of("producerId", producer, "productId", product, "salesPointId", salesPoint, "tillId", till,
                "sessionId", session, "settlementId", settlement);
    }

    private List<String[]> everyOrganizationEndpoint(Map<String, String> ids) {
        List<String[]> requests = new ArrayList<>();
        for (ApiEndpoints.Endpoint endpoint : ApiEndpoints.under(mappings, "/api/orgs/{org}", ids)) {
            assertThat(endpoint.complete()).as("a value for every variable in " + endpoint.pattern()).isTrue();
            requests.add(new String[] {endpoint.method(), endpoint.path()});
        }
        return requests;
    }

    private static YuiHttp.Response send(YuiHttp http, String[] request) {
        return switch (request[0]) {
            case "GET" -> http.get(request[1]);
            case "POST" -> http.post(request[1], "{}");
            case "PUT" -> http.put(request[1], "{}");
            default -> throw new IllegalStateException(request[0]);
        };
    }

    @Test
    void everyEndpointRefusesAUserOfAnotherOrganization() {
        createUser("alice", "aaa", "ORG_ADMIN", "OPERATOR", "DRIVER", "VIEWER");
        createUser("bob", "bbb", "ORG_ADMIN", "OPERATOR", "VIEWER");
        Map<String, String> b = organizationWithEverything("bbb");
        List<String[]> requests = everyOrganizationEndpoint(b);
        assertThat(requests).hasSizeGreaterThan(30);

        for (String[] request : requests) {
            YuiHttp.Response r = send(as("alice"), request);
            assertThat(r.status()).as(request[0] + " " + request[1] + " as another organization's user: " + r.body())
                    .isIn(403, 404);
        }
        // The walk is not empty talk: the organization's own user reads the same paths.
        long ownReads = requests.stream().filter(r -> r[0].equals("GET"))
                .filter(r -> send(as("bob"), r).status() == 200).count();
        assertThat(ownReads).isEqualTo(requests.stream().filter(r -> r[0].equals("GET")).count());
    }

    @Test
    void aDriverSeesOnlyTheirOwnRunSheetsAndCityStaffOnlyFigures() {
        String org = unique("drv");
        String otherOrg = unique("other");
        String driverOne = unique("driver");
        String driverTwo = unique("driver");
        String city = unique("city");
        createUser(driverOne, org, "DRIVER");
        createUser(driverTwo, org, "DRIVER");
        createUser(city, null, "CITY_STAFF");
        admin.ensureService(org, "bus", "DEMAND_RESPONSIVE");
        String vehicle = admin.created(admin.post("/api/orgs/" + org + "/vehicles",
                "{\"registrationNumber\":\"会津 1\",\"seats\":4,\"wheelchairSpaces\":0}"), "vehicleId");
        List<String> runs = new ArrayList<>();
        for (String login : List.of(driverOne, driverTwo)) {
            String driver = admin.created(admin.post("/api/orgs/" + org + "/drivers", """
                    {"name":"運転 %s","licenceKind":"CLASS_2","licenceExpiry":"2099-01-01","qualification":"CLASS_2_LICENCE",
                     "userName":"%s"}""".formatted(login, login)), "driverId");
            runs.add(admin.created(admin.post("/api/orgs/" + org + "/runs", """
                    {"service":"bus","serviceDate":"2030-01-07","departure":"09:30","vehicleId":"%s","driverId":"%s"}"""
                    .formatted(vehicle, driver)), "runId"));
        }
        String base = "/api/orgs/" + org;

        assertThat(as(driverOne).get(base + "/runs/" + runs.get(0) + "/sheet").status()).isEqualTo(200);
        assertThat(as(driverOne).get(base + "/runs/" + runs.get(0) + "/duty").status()).isEqualTo(200);
        assertThat(as(driverOne).get(base + "/runs/" + runs.get(1) + "/sheet").status()).isEqualTo(403);
        assertThat(as(driverOne).post(base + "/runs/" + runs.get(1) + "/duty/start", "{}").status()).isEqualTo(403);
        assertThat(as(driverOne).get(base + "/residents").status()).isEqualTo(403);
        assertThat(as(driverOne).post(base + "/bookings", """
                {"runId":"%s","pickup":{"home":true},"dropOff":{"home":true}}""".formatted(runs.get(0))).status())
                .isEqualTo(403);

        assertThat(as(city).get(base + "/stats/ridership").status()).isEqualTo(200);
        assertThat(as(city).get("/api/orgs/" + otherOrg + "/stats/ridership").status()).isEqualTo(200);
        assertThat(as(city).get(base + "/residents").status()).isEqualTo(403);
        assertThat(as(city).get(base + "/runs/" + runs.get(0) + "/sheet").status()).isEqualTo(403);
        // A body the admin's request would pass, so only the rule on who creates logins can refuse it.
        String login = unique("made-by-city");
        YuiHttp.Response userByCity = as(city).post("/api/users", """
                {"username":"%s","password":"another-long-password","roles":["OPERATOR"],"organizationId":"%s"}"""
                .formatted(login, org));
        assertThat(userByCity.status()).as(userByCity.body()).isEqualTo(403);
        assertThat(admin.getList("/api/users")).extracting(u -> u.get("username")).doesNotContain(login);
    }

    @Test
    void passwordsAreStoredAsBcryptWithCostTenAndOrganizationAdminsCreateOnlyTheirOwnLogins() {
        createUser("orgadmin", "ddd", "ORG_ADMIN");
        Document stored = database.getCollection("users").find(new Document("_id", "orgadmin")).first();
        assertThat(stored.getString("passwordHash")).startsWith("$2a$10$").doesNotContain(USER_PASSWORD);

        YuiHttp orgAdmin = as("orgadmin");
        assertThat(orgAdmin.post("/api/users", """
                {"username":"op1","password":"another-long-password","roles":["OPERATOR"],"organizationId":"ddd"}""")
                .status()).isEqualTo(201);
        assertThat(orgAdmin.post("/api/users", """
                {"username":"op2","password":"another-long-password","roles":["OPERATOR"],"organizationId":"eee"}""")
                .status()).isEqualTo(403);
        assertThat(orgAdmin.post("/api/users", """
                {"username":"boss","password":"another-long-password","roles":["ADMIN"],"organizationId":null}""")
                .status()).isEqualTo(403);
        assertThat(orgAdmin.post("/api/users", """
                {"username":"short","password":"short","roles":["OPERATOR"],"organizationId":"ddd"}""")
                .status()).isEqualTo(400);
        assertThat(orgAdmin.getList("/api/users")).extracting(u -> u.get("username"))
                .containsExactlyInAnyOrder("orgadmin", "op1");
    }

    @Test
    void fourFailedLoginsOnlySlowDownAndTheFifthLocksTheAccountForTheLockDuration() {
        String org = unique("lock");
        String path = "/api/orgs/" + org + "/stats/ridership";

        String slowed = unique("slowed");
        createUser(slowed, org, "VIEWER");
        failLogins(slowed, path, 3);
        long start = System.nanoTime();
        failLogins(slowed, path, 1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the fourth failure is answered a second later")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(as(slowed).get(path).status()).as("not locked after four failures").isEqualTo(200);

        String locked = unique("locked");
        createUser(locked, org, "VIEWER");
        failLogins(locked, path, 5);
        assertThat(as(locked).get(path).status()).as("locked after five failures").isEqualTo(401);
        CLOCK.moveOn(LOCK_DURATION.minusSeconds(30));
        assertThat(as(locked).get(path).status()).as("still locked before the lock duration is over").isEqualTo(401);
        CLOCK.moveOn(Duration.ofSeconds(30));
        assertThat(as(locked).get(path).status()).as("unlocked once the lock duration is over").isEqualTo(200);
    }

    private void failLogins(String username, String path, int times) {
        YuiHttp wrong = admin.as(username, "not-the-password");
        for (int i = 0; i < times; i++) {
            assertThat(wrong.get(path).status()).isEqualTo(401);
        }
    }

    @Test
    void aBrowserPostWithoutCsrfTokenIsRefused() throws Exception {
        createUser("browser", "fff", "OPERATOR");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).isTrue();
        String form = "username=browser&password=" + URLEncoder.encode(USER_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).contains("JSESSIONID").contains("HttpOnly").contains("SameSite=Strict"));

        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/orgs/fff/residents"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/orgs/fff/residents"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"memberNumber":"X-1","details":{"name":"偽 太郎","kana":"にせ たろう","phones":[]}}""")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        assertThat(read.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aFullBookingFlowLogsNoPersonalData(CapturedOutput output) throws Exception {
        String org = unique("log");
        String name = "記録禁止 花子";
        String phone = "0242-98-7654";
        String base = "/api/orgs/" + org;
        String resident;
        // Request logging on, as an operator would switch it on to look into a problem: the flow's requests are
        // then in the log (so the capture is seen to work), and still no personal data may be.
        String requestLog = DispatcherServlet.class.getName();
        loggingSystem.setLogLevel(requestLog, LogLevel.DEBUG);
        try {
            String run = admin.scheduleRun(org, "bus", 4);
            resident = admin.created(admin.post(base + "/residents", """
                    {"memberNumber":"G-1","details":{"name":"%s","kana":"きろくきんし はなこ","phones":["%s"],
                     "address":"湊町 99番地","notes":"杖使用"}}""".formatted(name, phone)), "residentId");
            assertThat(admin.get(base + "/residents/" + resident).status()).isEqualTo(200);
            YuiHttp.Response booked = admin.post(base + "/bookings", """
                    {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"home":true}}"""
                    .formatted(run, resident));
            assertThat(booked.status()).isEqualTo(201);
            assertThat(admin.post(base + "/residents", """
                    {"memberNumber":"G-1","details":{"name":"%s","kana":"きろくきんし","phones":["%s"]}}"""
                    .formatted(name, phone)).status()).as("member number taken").isEqualTo(409);
            assertThat(admin.post(base + "/residents", """
                    {"memberNumber":"G-2","details":{"name":"%s","kana":"kanji"}}""".formatted(name)).status())
                    .as("kana not in kana").isEqualTo(422);
            // Once the run sheet names the rider, the projections have handled the flow's events.
            assertThat(YuiHttp.eventually(Duration.ofSeconds(10), () -> admin.get(base + "/runs/" + run + "/sheet").body(),
                    sheet -> sheet.contains(name))).contains(name);
        } finally {
            loggingSystem.setLogLevel(requestLog, null);
        }

        assertThat(output.getAll()).as("the capture holds the flow's request log")
                .contains(base + "/residents/" + resident);
        assertThat(output.getAll()).doesNotContain(name).doesNotContain("記録禁止").doesNotContain(phone)
                .doesNotContain("0242987654").doesNotContain("湊町 99番地").doesNotContain("杖使用");
    }

    /** A body each write under an organization accepts from a login allowed to make it, by mapped pattern. */
    private static Map<String, String> validWriteBodies(Map<String, String> ids) {
        String at = ids.get("date") + "T09:00:00";
        String booking = ids.get("bookingId");
        String prefix = "/api/orgs/{org}";
        Map<String, String> bodies = new HashMap<>();
        bodies.put("/services", """
                {"code":"taxi","name":"タクシー","kind":"DEMAND_RESPONSIVE","deadline":{"daysBefore":1,"time":"17:00"},
                 "calendar":{"weekdays":["MONDAY"],"runsOnHolidays":false}}""");
        bodies.put("/services/{code}/stops", """
                {"stopId":"eki","name":"駅前","kana":"えきまえ","latitude":37.49,"longitude":139.93}""");
        bodies.put("/services/{code}/calendar", """
                {"calendar":{"weekdays":["MONDAY","TUESDAY"],"runsOnHolidays":false},
                 "deadline":{"daysBefore":1,"time":"16:00"}}""");
        bodies.put("/services/{code}/fares", """
                {"effectiveFrom":"2021-04-01","kind":"FLAT","flatYen":200}""");
        bodies.put("/vehicles", """
                {"registrationNumber":"会津 2","seats":4,"wheelchairSpaces":0}""");
        bodies.put("/drivers", """
                {"name":"運転 二郎","licenceKind":"CLASS_2","licenceExpiry":"2099-01-01","qualification":"CLASS_2_LICENCE"}""");
        bodies.put("/drivers/{driverId}/erase", "{}");
        bodies.put("/runs", """
                {"service":"bus","serviceDate":"%s","departure":"11:30","vehicleId":"%s","driverId":"%s"}"""
                .formatted(ids.get("date"), ids.get("vehicleId"), ids.get("driverId")));
        bodies.put("/runs/{runId}/turn-downs", """
                {"passengers":1,"wheelchair":false,"reason":"RUN_FULL"}""");
        bodies.put("/bookings", """
                {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"home":true}}"""
                .formatted(ids.get("runId"), ids.get("residentId")));
        bodies.put("/bookings/{bookingId}/change", """
                {"pickup":{"home":true},"dropOff":{"home":true},"passengers":2,"companions":0,"wheelchair":false}""");
        bodies.put("/bookings/{bookingId}/cancel", """
                {"reason":"通院日の変更"}""");
        bodies.put("/unmet-needs", """
                {"service":"bus","wantedDate":"%s","reason":"NO_DRIVER"}""".formatted(ids.get("date")));
        bodies.put("/recurring-bookings", """
                {"residentId":"%s","service":"bus","departure":"09:30","weekdays":["TUESDAY"],"from":"2030-01-01",
                 "until":"2030-02-01","pickup":{"home":true},"dropOff":{"home":true},"passengers":1}"""
                .formatted(ids.get("residentId")));
        bodies.put("/recurring-bookings/{recurringId}/end", """
                {"lastDate":"2030-01-20"}""");
        bodies.put("/recurring-bookings/{recurringId}/generate", """
                {"from":"2030-01-01","to":"2030-01-10"}""");
        bodies.put("/residents", """
                {"memberNumber":"W-1","details":{"name":"書込 次郎","kana":"かきこみ じろう","phones":["0242-00-2222"]}}""");
        bodies.put("/residents/{residentId}", """
                {"name":"別団体 太郎","kana":"べつだんたい たろう","phones":["0242-00-3333"]}""");
        bodies.put("/residents/{residentId}/consents", """
                {"kind":"WATCH_OVER","given":true,"date":"2030-01-01"}""");
        bodies.put("/residents/{residentId}/erase", "{}");
        bodies.put("/runs/{runId}/duty/safety-check", """
                {"actionId":"check-0001","driverId":"%s","alcoholDetectorUsed":true,"alcoholDetected":false,
                 "ill":false,"fatigued":false,"checkedBy":"事務局","checkedAt":"%s"}""".formatted(ids.get("driverId"), at));
        bodies.put("/runs/{runId}/duty/start", """
                {"actionId":"start-0001","driverId":"%s","place":"車庫","at":"%s","odometerKm":100}"""
                .formatted(ids.get("driverId"), at));
        bodies.put("/runs/{runId}/duty/outcomes", """
                {"actionId":"board-0001","bookingId":"%s","outcome":"BOARDED","at":"%s"}""".formatted(booking, at));
        bodies.put("/runs/{runId}/duty/fares", """
                {"actionId":"fare-00001","bookingId":"%s","yen":300,"method":"CASH","at":"%s"}""".formatted(booking, at));
        bodies.put("/runs/{runId}/duty/costs", """
                {"actionId":"cost-00001","bookingId":"%s","fuelYen":100,"tollYen":0,"parkingYen":0,"thanksYen":0,
                 "at":"%s"}""".formatted(booking, at));
        bodies.put("/runs/{runId}/duty/end", """
                {"actionId":"end-000001","place":"車庫","at":"%s","odometerKm":120}""".formatted(at));
        bodies.put("/runs/{runId}/duty/abnormal-events", """
                {"actionId":"abnormal-01","at":"%s","summary":"渋滞で遅延"}""".formatted(at));
        bodies.put("/runs/{runId}/duty/accidents", """
                {"actionId":"accident-01","at":"%s","place":"駅前","summary":"接触なし、急停止","cause":"飛び出し"}"""
                .formatted(at));
        bodies.put("/market/producers", """
                {"producerNumber":"002","details":{"name":"出荷 二郎","kana":"しゅっか じろう"},
                 "commission":{"basisPoints":1500}}""");
        bodies.put("/market/producers/{producerId}", """
                {"name":"出荷 一郎","kana":"しゅっか いちろう","phone":"0242-00-4444"}""");
        bodies.put("/market/producers/{producerId}/terms", """
                {"commission":{"basisPoints":2000,"byProductGroup":{"加工品":2500}}}""");
        bodies.put("/market/producers/{producerId}/erasure", "{}");
        bodies.put("/market/producers/{producerId}/settlements", """
                {"periodFrom":"%s","periodTo":"%s","fees":[{"description":"袋代","amountYen":100}]}"""
                .formatted(ids.get("date"), ids.get("date")));
        bodies.put("/market/products", """
                {"code":"1002","name":"きゅうり","producerId":"%s","priceYen":150,"taxCategory":"FOOD"}"""
                .formatted(ids.get("producerId")));
        bodies.put("/market/products/{productId}", """
                {"name":"トマト（大）","priceYen":250,"taxCategory":"FOOD","onSale":true}""");
        bodies.put("/market/sales-points", """
                {"name":"おおとマルシェ","kind":"MARKET","tills":["レジ1","レジ2"]}""");
        bodies.put("/market/sales-points/{salesPointId}/tills", """
                {"name":"レジ2"}""");
        bodies.put("/market/till-sessions", """
                {"salesPointId":"%s","tillId":"%s","businessDate":"%s","floatYen":5000}"""
                .formatted(ids.get("salesPointId"), ids.get("tillId"), ids.get("date")));
        bodies.put("/market/till-sessions/{sessionId}/sales", """
                {"saleId":"sale-00001","lines":[{"lineId":"1","productId":"%s","quantity":1,"unitPriceYen":200}],
                 "payments":[{"tender":"CASH","amountYen":200,"tenderedYen":500}],"at":"%s"}"""
                .formatted(ids.get("productId"), at));
        bodies.put("/market/till-sessions/{sessionId}/voids", """
                {"voidId":"void-00001","saleId":"sale-00001","lineIds":["1"],"tender":"CASH","reason":"打ち間違い",
                 "at":"%s"}""".formatted(at));
        bodies.put("/market/till-sessions/{sessionId}/refunds", """
                {"refundId":"refund-00001","receiptNumber":"20300101-00000000-1","lines":[{"lineId":"1","quantity":1}],
                 "tender":"CASH","reason":"傷み","at":"%s"}""".formatted(at));
        bodies.put("/market/till-sessions/{sessionId}/close", """
                {"counted":{"CASH":10000,"CASHLESS":0},"at":"%s"}""".formatted(at));
        bodies.put("/attendance/series", """
                {"title":"スマホ教室","targetGroup":"どなたでも"}""");
        bodies.put("/attendance/series/{seriesId}/sessions", """
                {"number":2,"venue":"公民館","startsAt":"%sT10:00:00","endsAt":"%sT11:00:00","capacity":20,
                 "feeYen":300}""".formatted(ids.get("date"), ids.get("date")));
        bodies.put("/attendance/sessions/{eventSessionId}/registrations", """
                {"guest":{"name":"申込 二郎"},"companions":1,"waitlistIfFull":true}""");
        bodies.put("/attendance/sessions/{eventSessionId}/registrations/{registrationId}/cancel", "{}");
        bodies.put("/attendance/sessions/{eventSessionId}/registrations/{registrationId}/accept", "{}");
        bodies.put("/attendance/sessions/{eventSessionId}/registrations/{registrationId}/lapse", "{}");
        bodies.put("/attendance/sessions/{eventSessionId}/check-ins", """
                {"checkInId":"checkin-0002","registrationId":"%s"}""".formatted(ids.get("registrationId")));
        bodies.put("/attendance/sessions/{eventSessionId}/walk-ins", """
                {"checkInId":"walkin-0001","ageBand":"FROM_65_TO_74","district":"北"}""");
        bodies.put("/attendance/sessions/{eventSessionId}/check-ins/{checkInId}/undo", """
                {"reason":"押し間違い"}""");
        bodies.put("/attendance/sessions/{eventSessionId}/close", "{}");
        bodies.put("/attendance/sessions/{eventSessionId}/registrations/{registrationId}/erase", "{}");
        bodies.put("/attendance/sessions/{eventSessionId}/check-ins/{checkInId}/erase", "{}");
        Map<String, String> byPattern = new HashMap<>();
        bodies.forEach((path, body) -> byPattern.put(prefix + path, body));
        return byPattern;
    }

    /** Every write under an organization, each with a body that passes validation; erasures last. */
    private List<ApiEndpoints.Endpoint> everyOrganizationWrite(Map<String, String> ids, Map<String, String> bodies) {
        List<ApiEndpoints.Endpoint> writes = ApiEndpoints.under(mappings, "/api/orgs/{org}", ids).stream()
                .filter(e -> !e.method().equals("GET"))
                .sorted(Comparator.comparing((ApiEndpoints.Endpoint e) -> e.pattern().endsWith("/erase"))
                        .thenComparing(ApiEndpoints.Endpoint::pattern))
                .toList();
        for (ApiEndpoints.Endpoint write : writes) {
            assertThat(write.complete()).as("a value for every variable in " + write.pattern()).isTrue();
            assertThat(bodies).as("a valid body for the new write " + write.pattern() + " in validWriteBodies")
                    .containsKey(write.pattern());
        }
        assertThat(writes.stream().map(ApiEndpoints.Endpoint::pattern).toList())
                .as("every body is for a mapped write").containsAll(bodies.keySet());
        return writes;
    }

    private static YuiHttp.Response send(YuiHttp http, ApiEndpoints.Endpoint endpoint, String body) {
        return switch (endpoint.method()) {
            case "POST" -> http.post(endpoint.path(), body);
            case "PUT" -> http.put(endpoint.path(), body);
            default -> throw new IllegalStateException(endpoint.method() + " " + endpoint.pattern());
        };
    }

    /** The organization of {@link #organizationWithEverything} with its run's vehicle and day. */
    private Map<String, String> organizationWithEverythingAndRunDetails(String org) {
        Map<String, String> ids = new HashMap<>(organizationWithEverything(org));
        Map<String, Object> run = admin.get("/api/orgs/" + org + "/runs/" + ids.get("runId")).json();
        ids.put("vehicleId", (String) run.get("vehicleId"));
        ids.put("date", (String) run.get("serviceDate"));
        return ids;
    }

    private static final String TILL_WRITES = "/api/orgs/{org}/market/till-sessions";

    /**
     * The door of an event session: check-ins, walk-ins, undo and the close are event staff's to record (erasing a
     * walk-in's name is not).
     */
    private static boolean isDoorWrite(String pattern) {
        return pattern.startsWith("/api/orgs/{org}/attendance/sessions/{eventSessionId}/")
                && !pattern.contains("/registrations") && !pattern.endsWith("/erase");
    }

    @Test
    void viewersEventStaffAndTillStaffAreRefusedEveryWriteAndNothingIsStored() {
        String org = unique("readonly");
        Map<String, String> ids = organizationWithEverythingAndRunDetails(org);
        Map<String, String> bodies = validWriteBodies(ids);
        List<ApiEndpoints.Endpoint> writes = everyOrganizationWrite(ids, bodies);
        assertThat(writes).hasSizeGreaterThan(20);

        for (String role : List.of("VIEWER", "EVENT_STAFF", "TILL_STAFF")) {
            String login = unique(role.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            createUser(login, org, role);
            long before = storedEvents();
            for (ApiEndpoints.Endpoint write : writes) {
                if (role.equals("TILL_STAFF") && write.pattern().startsWith(TILL_WRITES)) {
                    continue; // a till's day is till staff's to record
                }
                if (role.equals("EVENT_STAFF") && isDoorWrite(write.pattern())) {
                    continue; // the door is event staff's to record
                }
                YuiHttp.Response r = send(as(login), write, bodies.get(write.pattern()));
                assertThat(r.status()).as(role + ": " + write.method() + " " + write.path() + ": " + r.body())
                        .isEqualTo(403);
                assertThat(r.json()).containsEntry("type", "urn:yui:problem:forbidden");
            }
            assertThat(storedEvents()).as(role + " stored nothing").isEqualTo(before);
        }

        // The bodies are not refused for their shape: the organization's admin may make every one of these writes
        // (some then meet a business rule, e.g. a duty that was never started cannot end).
        String orgAdmin = unique("org-admin");
        createUser(orgAdmin, org, "ORG_ADMIN");
        for (ApiEndpoints.Endpoint write : writes) {
            YuiHttp.Response r = send(as(orgAdmin), write, bodies.get(write.pattern()));
            assertThat(r.status()).as("ORG_ADMIN: " + write.method() + " " + write.path() + ": " + r.body())
                    .isIn(200, 201, 202, 404, 409, 422);
        }
        assertThat(storedEvents()).isGreaterThan(0);
    }

    @Test
    void aViewerSeesRunsWithoutNamesButNeitherTheRunSheetNorResidents() throws Exception {
        String org = unique("viewer");
        String name = "閲覧禁止 次郎";
        String phone = "0242-55-6677";
        String run = admin.scheduleRun(org, "bus", 4);
        String resident = admin.created(admin.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"V-1","details":{"name":"%s","kana":"えつらんきんし じろう","phones":["%s"],
                 "address":"見町 3番地","notes":"補聴器"}}""".formatted(name, phone)), "residentId");
        String booking = admin.created(admin.post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"home":true}}"""
                .formatted(run, resident)), "bookingId");
        String base = "/api/orgs/" + org;
        String sheet = base + "/runs/" + run + "/sheet";
        // The operator's run sheet names the rider, so the run has what a viewer must not see.
        assertThat(YuiHttp.eventually(Duration.ofSeconds(10), () -> admin.get(sheet).body(), b -> b.contains(name)))
                .contains(name);
        String viewer = unique("viewer");
        createUser(viewer, org, "VIEWER");
        String date = (String) admin.get(base + "/runs/" + run).json().get("serviceDate");

        YuiHttp.Response runRead = as(viewer).get(base + "/runs/" + run);
        YuiHttp.Response dayRead = as(viewer).get(base + "/runs?date=" + date);

        assertThat(runRead.status()).isEqualTo(200);
        assertThat(runRead.body()).contains(run).contains(booking);
        assertThat(dayRead.status()).isEqualTo(200);
        assertThat(dayRead.body()).contains(run);
        for (YuiHttp.Response read : List.of(runRead, dayRead)) {
            assertThat(read.body()).doesNotContain(name).doesNotContain("閲覧禁止").doesNotContain("えつらん")
                    .doesNotContain(phone).doesNotContain("0242556677").doesNotContain("見町").doesNotContain("補聴器");
        }
        assertThat(as(viewer).get(sheet).status()).as("run sheet").isEqualTo(403);
        assertThat(as(viewer).get(base + "/residents").status()).as("residents").isEqualTo(403);
        assertThat(as(viewer).get(base + "/residents/" + resident).status()).as("resident").isEqualTo(403);
        assertThat(as(viewer).get(base + "/bookings/" + booking).status()).as("booking").isEqualTo(403);
    }

    @Test
    void pathsTheAccessPolicyDoesNotKnowAreRefusedForEveryRole() {
        String org = unique("unknown");
        String base = "/api/orgs/" + org;
        List<String> logins = new ArrayList<>();
        for (String role : List.of("ORG_ADMIN", "OPERATOR", "DRIVER", "VIEWER", "EVENT_STAFF", "TILL_STAFF")) {
            String login = unique(role.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            createUser(login, org, role);
            logins.add(login);
        }
        String city = unique("city");
        createUser(city, null, "CITY_STAFF");
        logins.add(city);
        List<String> unknownAreas = List.of(base, base + "/members", base + "/members/x", base + "/Residents");
        List<String> unknownInKnownAreas = List.of(base + "/stats/export", base + "/runs/x/y/z");

        for (String login : logins) {
            YuiHttp http = as(login);
            for (String path : unknownAreas) {
                for (YuiHttp.Response r : List.of(http.get(path), http.post(path, "{}"))) {
                    // Refused by the access policy itself: a path it does not know never reaches a controller.
                    assertThat(r.status()).as(login + " " + path + ": " + r.body()).isEqualTo(403);
                    assertThat(r.json()).containsEntry("type", "urn:yui:problem:forbidden");
                }
            }
            for (String path : unknownInKnownAreas) {
                for (YuiHttp.Response r : List.of(http.get(path), http.post(path, "{}"))) {
                    assertThat(r.status()).as(login + " " + path + ": " + r.body()).isIn(403, 404, 405);
                }
            }
        }
        // The admin passes the policy everywhere; nothing is mapped there, so nothing is served either.
        for (String path : unknownAreas) {
            assertThat(admin.get(path).status()).as("admin " + path).isIn(403, 404);
            assertThat(admin.post(path, "{}").status()).as("admin " + path).isIn(403, 404, 405);
        }
    }
}
