package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.MongoDatabase;

import jp.yui.domain.shared.Ids;
import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.command.Run;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/** The booking slice over real HTTP, through Axon, into the embedded MongoDB via the real driver. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BookingApiTest {

    private static final String PASSWORD = "test-admin-password-1";
    /** Generous: the views follow the events within moments, but the test machine may be busy. */
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "api", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    CommandBus commandBus;

    @Autowired
    EventStorageEngine storageEngine;

    private YuiHttp http;

    @BeforeEach
    void setUp() {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD).viaToken();
    }

    private long storedEvents() {
        return database.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments();
    }

    private Map<String, Object> ridershipOf(String org, String service) {
        return YuiHttp.serviceTotal(http.get(YuiHttp.ridershipNow(org)), TransportService.idOf(org, service));
    }

    @Test
    void healthIsUpWithoutLogin() {
        YuiHttp.Response health = http.as(null, null).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
    }

    @Test
    void aBookingIsStoredAndShowsInTheRidership() throws Exception {
        String org = YuiHttp.unique("b");
        String run = http.scheduleRun(org, "bus", 8);
        long before = storedEvents();

        YuiHttp.Response booked = http.book(org, run);

        assertThat(booked.status()).isEqualTo(201);
        String bookingId = (String) booked.json().get("bookingId");
        assertThat(bookingId).startsWith("Booking:");
        assertThat(storedEvents()).isEqualTo(before + 1);
        Document event = database.getCollection(SequencedEventStorageEngine.EVENTS).find(new Document("aggregateIdentifier", run))
                .sort(new Document("sequenceNumber", -1)).first();
        assertThat(event.getString("payloadType")).endsWith("RideBooked");

        Map<String, Object> ridership = YuiHttp.eventually(VIEW_LAG, () -> ridershipOf(org, "bus"),
                r -> r.get("bookings") instanceof Integer n && n > 0); // the run alone already makes a row
        assertThat(ridership).containsEntry("bookings", 1).containsEntry("passengersBooked", 1);
        assertThat(http.get("/api/orgs/" + org + "/bookings/" + bookingId).json()).containsEntry("runId", run);
    }

    /**
     * The run is cached on this node after its first booking; another node then books two seats on it. The next
     * booking here finds the sequence number taken, drops the cached run and succeeds on the run as stored, and the
     * run then counts all three bookings: it is full.
     */
    @Test
    void aBookingAfterAnotherNodesAppendSucceedsOnTheStoredRun() {
        String org = YuiHttp.unique("b");
        String run = http.scheduleRun(org, "bus", 4);
        assertThat(http.book(org, run).status()).isEqualTo(201);
        DomainEventMessage<?> first = storageEngine.readEvents(run).asStream()
                .filter(e -> e.getPayload() instanceof RideBooked).findFirst().orElseThrow();
        RideBooked ours = (RideBooked) first.getPayload();
        RideBooked theirs = new RideBooked(Ids.newId(Run.BOOKING_ID_TYPE), run, org, ours.serviceId(),
                ours.serviceDate(), 2, 0, false, null, "other-node", ours.caller(), ours.pickup(), ours.dropOff(),
                null, ours.purpose(), null, ours.fare(), ours.bookedAt());
        long next = storageEngine.lastSequenceNumberFor(run).orElseThrow() + 1;
        storageEngine.appendEvents(new GenericDomainEventMessage<>(first.getType(), run, next, theirs));

        YuiHttp.Response booked = http.book(org, run);

        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(storageEngine.readEvents(run).asStream().filter(e -> e.getPayload() instanceof RideBooked)
                .count()).isEqualTo(3);
        YuiHttp.Response full = http.book(org, run);
        assertThat(full.status()).as(full.body()).isEqualTo(409);
        assertThat(full.json()).containsEntry("rule", "RunHasSeatsLeft");
    }

    @Test
    void aFullRunRefusesTheNextBookingWithAProblemAndStoresNothing() {
        String org = YuiHttp.unique("b");
        String run = http.scheduleRun(org, "fureai", 1);
        assertThat(http.book(org, run).status()).isEqualTo(201);
        long before = storedEvents();
        AtomicInteger dispatched = new AtomicInteger();
        Registration counting = commandBus.registerDispatchInterceptor(messages -> (i, message) -> {
            if (message.getPayload() instanceof BookRide) {
                dispatched.incrementAndGet();
            }
            return message;
        });

        YuiHttp.Response refused;
        try {
            refused = http.book(org, run);
        } finally {
            counting.cancel();
        }

        assertThat(dispatched).as("a refusal is not retried").hasValue(1);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("rule", "RunHasSeatsLeft").containsEntry("title", "満席です");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithAProblemAndStoresNothing() {
        String org = YuiHttp.unique("b");
        String run = http.scheduleRun(org, "bus", 8);
        long before = storedEvents();

        YuiHttp.Response malformed = http.post("/api/orgs/" + org + "/bookings", "{\"runId\":");
        YuiHttp.Response badRun = http.post("/api/orgs/" + org + "/bookings",
                "{\"runId\":\"Run:x\",\"pickup\":{\"home\":true},\"dropOff\":{\"home\":true}}");
        YuiHttp.Response tooMany = http.post("/api/orgs/" + org + "/bookings", "{\"runId\":\"" + run
                + "\",\"pickup\":{\"home\":true},\"dropOff\":{\"home\":true},\"passengers\":100}");
        YuiHttp.Response noSeats = http.post("/api/orgs/" + org + "/runs",
                "{\"service\":\"bus\",\"serviceDate\":\"2026-11-24\",\"departure\":\"09:30\",\"seats\":0,"
                        + "\"vehicleId\":\"Vehicle:00000000-0000-0000-0000-000000000000\","
                        + "\"driverId\":\"Driver:00000000-0000-0000-0000-000000000000\"}");
        YuiHttp.Response badOrg = http.book("Minato!", run);

        for (YuiHttp.Response r : List.of(malformed, badRun, tooMany, noSeats, badOrg)) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anotherOrganizationsRunIsNotFound() {
        String org = YuiHttp.unique("b");
        String run = http.scheduleRun(org, "bus", 8);
        long before = storedEvents();

        assertThat(http.book(YuiHttp.unique("other"), run).status()).isEqualTo(404);
        assertThat(http.book(org, "Run:00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void everyApiPathNeedsALoginAndThereAreNoDefaultCredentials() throws Exception {
        String org = "login-" + UUID.randomUUID().toString().substring(0, 8);
        String run = http.scheduleRun(org, "bus", 8);
        YuiHttp anonymous = http.as(null, null);
        YuiHttp.Response read = anonymous.get("/api/orgs/" + org + "/stats/ridership");
        assertThat(read.status()).isEqualTo(401);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.json()).containsEntry("type", "urn:yui:problem:login-required");

        // A bare anonymous POST is refused by CSRF (403) before the login rule is asked. This one carries the
        // CSRF token of its own anonymous session, so only the login rule is left to refuse it.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).as("the login page hands out a CSRF token").isTrue();
        long before = storedEvents();
        HttpResponse<String> write = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/orgs/" + org
                        + "/bookings"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token.group(1))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"runId":"%s","pickup":{"home":true},"dropOff":{"home":true}}""".formatted(run))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).as(write.body()).isEqualTo(401);
        assertThat(write.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(write.body()).contains("urn:yui:problem:login-required");
        assertThat(storedEvents()).isEqualTo(before);

        for (String[] guess : new String[][] {{"admin", "admin"}, {"admin", "password"}, {"admin", ""},
                {"user", "user"}, {"yui", "yui"}}) {
            YuiHttp.Response r = http.as(guess[0], guess[1]).get("/api/orgs/" + org + "/stats/ridership");
            assertThat(r.status()).as(guess[0] + "/" + guess[1]).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void problemsAreInEnglishWhenAsked() {
        String org = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        YuiHttp anonymous = http.as(null, null);
        Map<String, String> english = Map.of("Accept-Language", "en");
        String missing = "/api/orgs/" + org + "/bookings/Booking:00000000-0000-0000-0000-000000000000";

        // Written by the security filter, before Spring MVC.
        assertThat(anonymous.get("/api/orgs/" + org + "/stats/ridership", english).json())
                .containsEntry("title", "Login required")
                .containsEntry("detail", "Sign in, or send HTTP Basic credentials with the request.");
        assertThat(anonymous.get("/api/orgs/" + org + "/stats/ridership").json())
                .containsEntry("title", "ログインが必要です");
        // Written by the controllers' error handling.
        assertThat(http.get(missing, english).json()).containsEntry("status", 404).containsEntry("title", "Not found");
        assertThat(http.get(missing).json()).containsEntry("status", 404).containsEntry("title", "見つかりません");
    }

    @Test
    void xstreamIsNotOnTheClasspath() {
        assertThat(ClassLoader.getSystemResource("com/thoughtworks/xstream/XStream.class")).isNull();
    }
}
