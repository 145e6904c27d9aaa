package jp.yui.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for tests, as a script would call the service. */
public final class YuiHttp {

    public record Response(int status, String contentType, String body) {

        public List<Map<String, Object>> jsonList() {
            try {
                return JSON.readValue(body, new TypeReference<>() {
                });
            } catch (IOException e) {
                throw new IllegalStateException("Not a JSON list: " + body, e);
            }
        }

        public Map<String, Object> json() {
            try {
                return JSON.readValue(body, new TypeReference<>() {
                });
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.time.ZoneId TOKYO = java.time.ZoneId.of("Asia/Tokyo");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    public YuiHttp(String base, String user, String password) {
        this(base, user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private YuiHttp(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public YuiHttp as(String user, String password) {
        return new YuiHttp(base, user, password);
    }

    /** The same service called with an API token ({@code Authorization: Bearer}). */
    public YuiHttp withToken(String token) {
        return new YuiHttp(base, "Bearer " + token);
    }

    /**
     * The same login through an API token it makes now (one bcrypt check here), so that each later request costs a
     * hash and a key lookup instead of a bcrypt check of the password (about 60 ms of CPU on the 2-core machine, which
     * polling clients would take from the projections they wait for). For tests whose point is not the password
     * check itself, and whose clock stays within the token's 90 days (a test that moves its clock further keeps HTTP
     * Basic).
     */
    public YuiHttp viaToken() {
        Response r = post("/api/users/me/tokens", "{\"name\":\"test client\"}");
        if (r.status() != 201) {
            throw new IllegalStateException("Expected 201 making an API token: " + r);
        }
        return withToken((String) r.json().get("token"));
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET with extra request headers, e.g. {@code Accept-Language}. */
    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::header);
        return send(builder);
    }

    public List<Map<String, Object>> getList(String path) {
        Response r = get(path);
        if (r.status() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r);
        }
        return r.jsonList();
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A run a week from now on a paid service with a 300 yen flat fare, a vehicle of {@code seats} seats. */
    public String scheduleRun(String org, String service, int seats) {
        return scheduleRun(org, service, "DEMAND_RESPONSIVE", seats, 1, LocalDate.now(TOKYO).plusDays(7));
    }

    public String scheduleRun(String org, String service, String kind, int seats, int wheelchairSpaces,
                              LocalDate date) {
        ensureService(org, service, kind);
        String vehicle = created(post("/api/orgs/" + org + "/vehicles", """
                {"registrationNumber":"会津 500 あ %d","seats":%d,"wheelchairSpaces":%d}"""
                .formatted(seats, seats, wheelchairSpaces)), "vehicleId");
        String driver = created(post("/api/orgs/" + org + "/drivers", """
                {"name":"運転 一郎","licenceKind":"CLASS_2","licenceExpiry":"2099-01-01",
                 "qualification":"CLASS_2_LICENCE"}"""), "driverId");
        return created(post("/api/orgs/" + org + "/runs", """
                {"service":"%s","serviceDate":"%s","departure":"09:30","vehicleId":"%s","driverId":"%s"}"""
                .formatted(service, date, vehicle, driver)), "runId");
    }

    /**
     * Registers the service unless the server already has it: every day, holidays too, booking closes the day before
     * at 17:00. The server is asked rather than a memory of earlier calls, so no test leans on another's service.
     */
    public void ensureService(String org, String code, String kind) {
        if (get("/api/orgs/" + org + "/services/" + code).status() == 200) {
            return;
        }
        Response registered = post("/api/orgs/" + org + "/services", """
                {"code":"%s","name":"%s","kind":"%s","deadline":{"daysBefore":1,"time":"17:00"},
                 "calendar":{"weekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                 "runsOnHolidays":true}}""".formatted(code, code, kind));
        if (registered.status() == 409) {
            return; // registered by an earlier run of the service on the same data
        }
        created(registered, "serviceId");
        if (!"VOLUNTEER".equals(kind)) {
            created(post("/api/orgs/" + org + "/services/" + code + "/fares", """
                    {"effectiveFrom":"2020-01-01","kind":"FLAT","flatYen":300}"""), "serviceId");
        }
    }

    /**
     * The start of a driver's duty as the phone sends it, on the run's day: the safety check, the start, the booking
     * boarded and its 300 yen fare paid in cash. Each must answer 200.
     */
    public void startDutyAndBoard(String org, String runId, String bookingId) {
        Map<String, Object> run = get("/api/orgs/" + org + "/runs/" + runId).json();
        Object driver = run.get("driverId");
        Object date = run.get("serviceDate");
        String duty = "/api/orgs/" + org + "/runs/" + runId + "/duty/";
        String[][] steps = {
                {"safety-check", """
                        {"actionId":"check-0001","driverId":"%s","alcoholDetectorUsed":true,"alcoholDetected":false,
                         "ill":false,"fatigued":false,"checkedBy":"事務局","checkedAt":"%sT08:30:00"}"""
                        .formatted(driver, date)},
                {"start", """
                        {"actionId":"start-0001","driverId":"%s","place":"車庫","at":"%sT08:45:00","odometerKm":100}"""
                        .formatted(driver, date)},
                {"outcomes", """
                        {"actionId":"board-0001","bookingId":"%s","outcome":"BOARDED","at":"%sT09:00:00"}"""
                        .formatted(bookingId, date)},
                {"fares", """
                        {"actionId":"fare-00001","bookingId":"%s","yen":300,"method":"CASH","at":"%sT09:00:00"}"""
                        .formatted(bookingId, date)}};
        for (String[] step : steps) {
            Response answer = post(duty + step[0], step[1]);
            if (answer.status() != 200) {
                throw new IllegalStateException("Duty step " + step[0] + " answered " + answer.status());
            }
        }
    }

    /**
     * The ridership figures of the months the runs of {@link #scheduleRun(String, String, int)} fall in (this month
     * and the next, Tokyo time), whatever the fiscal year.
     */
    public static String ridershipNow(String org) {
        java.time.YearMonth month = java.time.YearMonth.now(TOKYO);
        return "/api/orgs/" + org + "/stats/ridership?from=" + month + "&to=" + month.plusMonths(1);
    }

    /** The total row of one service in a ridership response, or an empty map if the service has none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> serviceTotal(Response ridership, String serviceId) {
        List<Map<String, Object>> services = (List<Map<String, Object>>) ridership.json().get("services");
        return services.stream().filter(s -> serviceId.equals(s.get("serviceId"))).findFirst()
                .map(s -> (Map<String, Object>) s.get("total")).orElse(Map.of());
    }

    /** The organization's total row in a ridership response. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> organizationTotal(Response ridership) {
        return (Map<String, Object>) ridership.json().get("total");
    }

    /** An id no other test uses (e.g. an organization per test), so tests never share runs, services or residents. */
    public static String unique(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new organization, its id made unique from {@code prefix}, created by this (admin) client; its id. */
    public String newOrganization(String prefix, String name) {
        return newOrganization(prefix, name, null);
    }

    /** A new organization of a district (null for none), created by this (admin) client; its id. */
    public String newOrganization(String prefix, String name, String district) {
        String org = unique(prefix);
        Response r = put("/api/admin/organizations/" + org, district == null ? "{\"name\":\"%s\"}".formatted(name)
                : "{\"name\":\"%s\",\"district\":\"%s\"}".formatted(name, district));
        if (r.status() != 200) {
            throw new IllegalStateException("Expected 200 creating the organization " + org + ": " + r);
        }
        return org;
    }

    /**
     * A new login with one role, of an organization (null for none), created by this (admin) client; its user name,
     * made unique from the role.
     */
    public String newUser(String org, String role, String password) {
        String username = unique(role.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        String organization = org == null ? "" : ",\"organizationId\":\"" + org + "\"";
        Response r = post("/api/users", """
                {"username":"%s","password":"%s","roles":["%s"]%s}""".formatted(username, password, role, organization));
        if (r.status() != 201) {
            throw new IllegalStateException("Expected 201 creating a " + role + " login: " + r);
        }
        return username;
    }

    public Response book(String org, String runId) {
        return post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","pickup":{"home":true},"dropOff":{"home":true}}""".formatted(runId));
    }

    public String created(Response r, String idField) {
        if (r.status() != 201) {
            throw new IllegalStateException("Expected 201 with " + idField + ": " + r);
        }
        return (String) r.json().get(idField);
    }

    /** Reads until {@code done} holds or the time is up, and returns the last reading (views lag a little). */
    public static <T> T eventually(Duration within, java.util.function.Supplier<T> read,
                                   java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            value = read.get();
        }
        return value;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
