package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.mongodb.client.MongoDatabase;

/** Logins, roles and organization isolation, checked over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SecurityTest {

    private static final String PASSWORD = "test-admin-password-4";
    private static final String USER_PASSWORD = "a-long-user-password";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("yui-security-test");
        registry.add("yui.data-dir", dir::toString);
        registry.add("yui.embedded-mongo-port", () -> "0");
        registry.add("yui.admin-password", () -> PASSWORD);
        registry.add("yui.security.lock-duration", () -> "PT4S");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

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

    private YuiHttp as(String username) {
        return admin.as(username, USER_PASSWORD);
    }

    /** Organization bbb with one of everything an organization's paths can name. */
    private Map<String, String> organizationWithEverything(String org, String driverLogin) {
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
        return Map.of("org", org, "runId", run, "bookingId", booking, "residentId", resident, "code", "bus",
                "recurringId", recurring, "driverId", driver);
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
        Map<String, String> b = organizationWithEverything("bbb", null);
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
        createUser("driver-one", "ccc", "DRIVER");
        createUser("driver-two", "ccc", "DRIVER");
        createUser("city", null, "CITY_STAFF");
        admin.ensureService("ccc", "bus", "DEMAND_RESPONSIVE");
        String vehicle = admin.created(admin.post("/api/orgs/ccc/vehicles",
                "{\"registrationNumber\":\"会津 1\",\"seats\":4,\"wheelchairSpaces\":0}"), "vehicleId");
        List<String> runs = new ArrayList<>();
        for (String login : List.of("driver-one", "driver-two")) {
            String driver = admin.created(admin.post("/api/orgs/ccc/drivers", """
                    {"name":"運転 %s","licenceKind":"CLASS_2","licenceExpiry":"2099-01-01","qualification":"CLASS_2_LICENCE",
                     "userName":"%s"}""".formatted(login, login)), "driverId");
            runs.add(admin.created(admin.post("/api/orgs/ccc/runs", """
                    {"service":"bus","serviceDate":"2030-01-07","departure":"09:30","vehicleId":"%s","driverId":"%s"}"""
                    .formatted(vehicle, driver)), "runId"));
        }

        assertThat(as("driver-one").get("/api/orgs/ccc/runs/" + runs.get(0) + "/sheet").status()).isEqualTo(200);
        assertThat(as("driver-one").get("/api/orgs/ccc/runs/" + runs.get(0) + "/duty").status()).isEqualTo(200);
        assertThat(as("driver-one").get("/api/orgs/ccc/runs/" + runs.get(1) + "/sheet").status()).isEqualTo(403);
        assertThat(as("driver-one").post("/api/orgs/ccc/runs/" + runs.get(1) + "/duty/start", "{}").status())
                .isEqualTo(403);
        assertThat(as("driver-one").get("/api/orgs/ccc/residents").status()).isEqualTo(403);
        assertThat(as("driver-one").post("/api/orgs/ccc/bookings", "{}").status()).isEqualTo(403);

        assertThat(as("city").get("/api/orgs/ccc/stats/ridership").status()).isEqualTo(200);
        assertThat(as("city").get("/api/orgs/bbb/stats/ridership").status()).isEqualTo(200);
        assertThat(as("city").get("/api/orgs/ccc/residents").status()).isEqualTo(403);
        assertThat(as("city").get("/api/orgs/ccc/runs/" + runs.get(0) + "/sheet").status()).isEqualTo(403);
        assertThat(as("city").post("/api/users", "{}").status()).isIn(400, 403);
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
    void repeatedFailuresLockTheAccountForAWhile() throws Exception {
        createUser("locked-out", "eee", "VIEWER");
        YuiHttp wrong = admin.as("locked-out", "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/orgs/eee/stats/ridership").status()).isEqualTo(401);
        }
        assertThat(as("locked-out").get("/api/orgs/eee/stats/ridership").status()).as("locked").isEqualTo(401);

        Thread.sleep(4_500);
        assertThat(as("locked-out").get("/api/orgs/eee/stats/ridership").status()).as("unlocked").isEqualTo(200);
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
        String name = "記録禁止 花子";
        String phone = "0242-98-7654";
        String run = admin.scheduleRun("ggg", "bus", 4);
        String resident = admin.created(admin.post("/api/orgs/ggg/residents", """
                {"memberNumber":"G-1","details":{"name":"%s","kana":"きろくきんし はなこ","phones":["%s"],
                 "address":"湊町 99番地","notes":"杖使用"}}""".formatted(name, phone)), "residentId");
        YuiHttp.Response booked = admin.post("/api/orgs/ggg/bookings", """
                {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"home":true}}""".formatted(run, resident));
        assertThat(booked.status()).isEqualTo(201);
        admin.post("/api/orgs/ggg/residents", """
                {"memberNumber":"G-1","details":{"name":"%s","kana":"きろくきんし","phones":["%s"]}}""".formatted(name, phone));
        admin.post("/api/orgs/ggg/residents", "{\"memberNumber\":\"G-2\",\"details\":{\"name\":\"%s\",\"kana\":\"kanji\"}}"
                .formatted(name));
        Thread.sleep(500);

        assertThat(output.getAll()).doesNotContain(name).doesNotContain("記録禁止").doesNotContain(phone)
                .doesNotContain("0242987654").doesNotContain("湊町 99番地");
    }
}
