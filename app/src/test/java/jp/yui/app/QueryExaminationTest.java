package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.infra.mongo.EmbeddedMongoServer;
import jp.yui.infra.mongo.ExaminedQuery;

/**
 * The service's real flows — booking, change, cancel, the day's runs, a caller's rides (the phone console), run sheet,
 * a driver's duty, the driver's phone page (the login's driver, its runs of today), the duty log,
 * figures (a range of months, a fiscal year, the current one), directory search, the access log, erasure, a day at the
 * farm stand's till (sales, a void, a refund by receipt number, the close), a producer's settlement, and an event
 * session from the phone to its close (registrations, the waitlist and an accepted offer, check-in, walk-ins, undo,
 * the registrants, the figures, a guest's and a walk-in's erasure) while the waitlist's offers are looked up for
 * lapsing every second — make no query that examines more index entries or documents than a small constant beyond
 * what it returns, on data of two organizations: no query scans a collection. The embedded server records every
 * query it runs, the projections' included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryExaminationTest {

    private static final String PASSWORD = "test-admin-password-q";
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);
    /** Index entries a lookup may read beyond its results: the one that ends each range. */
    private static final long SLACK = 3;
    private static final String[] KANA = {"あきこ", "いさむ", "うめ", "えいじ", "おさむ", "かずこ"};

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "queries", PASSWORD);
        registry.add("yui.attendance.offer-check-interval", () -> "PT1S");
    }

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedMongoServer embedded;

    @Autowired
    jp.yui.app.transport.usecase.RunScheduling scheduling;

    @Autowired
    jp.yui.domain.shared.query.ViewStore<jp.yui.domain.market.query.SettlementItemView> settlementItems;

    private YuiHttp http;

    private String resident(String org, int i) {
        return http.created(http.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"Q-%d","details":{"name":"試験 %d","kana":"しけん %s","phones":["0242-11-%04d"],
                 "address":"本町 %d"}}""".formatted(i, i, KANA[i % KANA.length], i, i)), "residentId");
    }

    private String book(String org, String run, String resident) {
        return http.created(http.post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"home":true}}"""
                .formatted(run, resident)), "bookingId");
    }

    private long bookingsIn(String org) {
        return ((Number) YuiHttp.organizationTotal(http.get(YuiHttp.ridershipNow(org))).get("bookings")).longValue();
    }

    /** Three producers with a product each, a sales point and its till's session of {@code day}. */
    @SuppressWarnings("unchecked")
    private Map<String, String> farmStand(String org, java.time.LocalDate day) throws InterruptedException {
        String market = "/api/orgs/" + org + "/market";
        Map<String, String> ids = new java.util.HashMap<>();
        for (int i = 1; i <= 3; i++) {
            String producer = http.created(http.post(market + "/producers", """
                    {"producerNumber":"P%d","details":{"name":"出荷 %d","kana":"しゅっか %d"},
                     "commission":{"basisPoints":1500}}""".formatted(i, i, i)), "producerId");
            String product = http.created(http.post(market + "/products", """
                    {"code":"%d00%d","name":"品 %d","producerId":"%s","priceYen":%d,"taxCategory":"FOOD"}"""
                    .formatted(i, i, i, producer, 100 * i)), "productId");
            ids.put("producer" + i, producer);
            ids.put("product" + i, product);
        }
        YuiHttp.Response point = http.post(market + "/sales-points", """
                {"name":"直売所","kind":"FARM_STAND","tills":["レジ1"]}""");
        String salesPoint = http.created(point, "salesPointId");
        String till = (String) ((List<Map<String, Object>>) point.json().get("tills")).get(0).get("tillId");
        String session = http.created(http.post(market + "/till-sessions", """
                {"salesPointId":"%s","tillId":"%s","businessDate":"%s","floatYen":10000}"""
                .formatted(salesPoint, till, day)), "sessionId");
        ids.put("session", session);
        YuiHttp.eventually(VIEW_LAG, () -> http.get(market + "/till-sessions/" + session).status(), s -> s == 200);
        return ids;
    }

    /** The till's day and the office's reads: sales, a void, a refund by receipt, the close, a settlement. */
    private void marketDay(String org, Map<String, String> ids, java.time.LocalDate day) throws InterruptedException {
        String market = "/api/orgs/" + org + "/market";
        String sales = market + "/till-sessions/" + ids.get("session");
        String receipt = null;
        for (int i = 1; i <= 3; i++) {
            YuiHttp.Response sold = http.post(sales + "/sales", """
                    {"saleId":"sale-00000%d","lines":[{"lineId":"1","productId":"%s","quantity":2,"unitPriceYen":%d}],
                     "payments":[{"tender":"CASH","amountYen":%d,"tenderedYen":1000}],"at":"%sT10:00:00"}"""
                    .formatted(i, ids.get("product" + i), 100 * i, 200 * i, day));
            assertThat(sold.status()).as(sold.body()).isEqualTo(200);
            receipt = (String) sold.json().get("receiptNumber");
        }
        assertThat(http.post(sales + "/voids", """
                {"voidId":"void-000001","saleId":"sale-000002","tender":"CASH","reason":"打ち間違い","at":"%sT10:05:00"}"""
                .formatted(day)).status()).isEqualTo(200);
        YuiHttp.eventually(VIEW_LAG, () -> http.get(sales).body(), b -> b.contains("void-000001"));
        assertThat(http.post(sales + "/refunds", """
                {"refundId":"refund-000001","receiptNumber":"%s","lines":[{"lineId":"1","quantity":1}],
                 "tender":"CASH","reason":"傷み","at":"%sT11:00:00"}""".formatted(receipt, day)).status()).isEqualTo(200);
        assertThat(http.post(sales + "/close", """
                {"counted":{"CASH":10900,"CASHLESS":0}}""").status()).isEqualTo(200);
        assertThat(http.getList(market + "/producers")).hasSize(3);
        assertThat(http.get(market + "/producers/" + ids.get("producer3")).status()).isEqualTo(200);
        assertThat(http.getList(market + "/products")).hasSize(3);
        assertThat(http.getList(market + "/products?code=2002")).hasSize(1);
        assertThat(http.getList(market + "/sales-points")).hasSize(1);
        String producer = ids.get("producer3");
        YuiHttp.eventually(VIEW_LAG, () -> settlementItems.findBy(org,
                jp.yui.domain.market.query.SettlementItemView.UNSETTLED_BY_PRODUCER.name(), producer).size(),
                n -> n == 2);
        http.created(http.post(market + "/producers/" + producer + "/settlements", """
                {"periodFrom":"%s","periodTo":"%s"}""".formatted(day, day)), "settlementId");
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> http.getList(market + "/producers/" + producer
                + "/settlements"), l -> !l.isEmpty())).hasSize(1);
    }

    /** A series with a session of {@code capacity} a week ahead: its id and the session's. */
    private String[] eventSession(String org, String title, int capacity) throws InterruptedException {
        String base = "/api/orgs/" + org + "/attendance";
        String series = http.created(http.post(base + "/series", """
                {"title":"%s"}""".formatted(title)), "seriesId");
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(7);
        String session = http.created(http.post(base + "/series/" + series + "/sessions", """
                {"number":1,"venue":"公民館","startsAt":"%sT10:00:00","endsAt":"%sT11:30:00","capacity":%d,
                 "feeYen":300,"offerHeldForHours":1}""".formatted(day, day, capacity)), "eventSessionId");
        YuiHttp.eventually(VIEW_LAG, () -> http.get(base + "/sessions/" + session).status(), s -> s == 200);
        return new String[] {series, session};
    }

    private String register(String org, String session, String who) {
        return http.created(http.post("/api/orgs/" + org + "/attendance/sessions/" + session + "/registrations",
                who), "registrationId");
    }

    /**
     * A session from the phone to its close: registrations (a resident, guests, one waitlisted who accepts the place a
     * cancellation freed), the door (a check-in, walk-ins, an undo), the registrants, the close, the figures of the
     * session, series, month and fiscal year, and a guest's erasure.
     */
    @SuppressWarnings("unchecked")
    private void eventDay(String org, String resident) throws InterruptedException {
        String base = "/api/orgs/" + org + "/attendance";
        String[] ids = eventSession(org, "健康講座", 2);
        String series = ids[0];
        String session = ids[1];
        String door = base + "/sessions/" + session;
        String registered = register(org, session, """
                {"residentId":"%s"}""".formatted(resident));
        String guest = register(org, session, """
                {"guest":{"name":"来客 一郎","kana":"らいきゃく いちろう"},"ageBand":"FROM_65_TO_74","district":"北"}""");
        String waiting = register(org, session, """
                {"guest":{"name":"待機 花子"},"ageBand":"FROM_75_TO_84","district":"北","waitlistIfFull":true}""");
        assertThat(http.post(door + "/registrations/" + guest + "/cancel", "{}").status()).isEqualTo(200);
        assertThat(http.post(door + "/registrations/" + waiting + "/accept", "{}").status()).isEqualTo(200);
        assertThat(http.post(door + "/check-ins", """
                {"checkInId":"q-door-0001","registrationId":"%s"}""".formatted(registered)).status()).isEqualTo(200);
        assertThat(http.post(door + "/walk-ins", """
                {"checkInId":"q-door-0002","ageBand":"UNDER_40","district":"北","name":{"name":"飛込 次郎"}}""")
                .status()).isEqualTo(200);
        assertThat(http.post(door + "/walk-ins", """
                {"checkInId":"q-door-0003","ageBand":"FROM_65_TO_74","district":"北"}""").status()).isEqualTo(200);
        assertThat(http.post(door + "/check-ins/q-door-0003/undo", """
                {"reason":"二重に入力"}""").status()).isEqualTo(200);
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> http.getList(door + "/registrants"), l -> l.size() == 3
                && l.stream().anyMatch(r -> r.get("checkInId") != null))).hasSize(3);
        assertThat(http.get(door).status()).isEqualTo(200);
        String date = (String) ((Map<String, Object>) http.get(door).json().get("session")).get("startsAt");
        assertThat(http.getList(base + "/sessions?date=" + date.substring(0, 10)))
                .extracting(s -> s.get("sessionId")).contains(session);
        assertThat(http.get(base + "/series/" + series).status()).isEqualTo(200);
        assertThat(http.getList(base + "/series/" + series + "/sessions")).hasSize(1);
        assertThat(http.post(door + "/close", "{}").status()).isIn(200, 202);
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> http.get(base + "/figures/sessions/" + session).body(),
                b -> b.contains("\"noShows\":1"))).contains("\"attendances\":2");
        assertThat(http.get(base + "/figures/series/" + series).status()).isEqualTo(200);
        assertThat(http.get(base + "/figures?month=" + date.substring(0, 7)).status()).isEqualTo(200);
        assertThat(http.get(base + "/figures").status()).isEqualTo(200);
        assertThat(http.post(door + "/registrations/" + waiting + "/erase", "{}").status()).isEqualTo(200);
        assertThat(http.post(door + "/check-ins/q-door-0002/erase", "{}").status()).isEqualTo(200);
    }

    @Test
    void noFlowScansACollection() throws Exception {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        String org = YuiHttp.unique("q");
        String other = YuiHttp.unique("q");
        // Data around the flows: another organization, and more runs, residents and bookings than one answer holds.
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            residents.add(resident(org, i));
            resident(other, 100 + i);
        }
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(http.scheduleRun(org, "bus", 8));
        }
        // The other organization's runs spread over six months: six month rollups a range read must not walk.
        java.time.LocalDate nextWeek = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(7);
        for (int i = 0; i < 6; i++) {
            http.scheduleRun(other, "bus", "DEMAND_RESPONSIVE", 8, 1, nextWeek.plusMonths(i));
        }
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bookings.add(book(org, runs.get(i % 2), residents.get(i)));
        }
        YuiHttp.eventually(VIEW_LAG, () -> bookingsIn(org), n -> n == 6);

        // A driver's login linked to a driver with a run today, for the driver's phone page.
        String driverLogin = YuiHttp.unique("q-driver");
        assertThat(http.post("/api/users", """
                {"username":"%s","password":"%s","roles":["DRIVER"],"organizationId":"%s"}"""
                .formatted(driverLogin, PASSWORD, org)).status()).isEqualTo(201);
        String driver = http.created(http.post("/api/orgs/" + org + "/drivers", """
                {"name":"運転 花子","licenceKind":"CLASS_2","licenceExpiry":"2099-01-01",
                 "qualification":"CLASS_2_LICENCE","userName":"%s"}""".formatted(driverLogin)), "driverId");
        String vehicle = (String) http.get("/api/orgs/" + org + "/runs/" + runs.get(0)).json().get("vehicleId");
        String todaysRun = http.created(http.post("/api/orgs/" + org + "/runs", """
                {"service":"bus","serviceDate":"%s","departure":"10:00","vehicleId":"%s","driverId":"%s"}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")), vehicle, driver)), "runId");
        YuiHttp asDriver = http.as(driverLogin, PASSWORD);

        // The market of both organizations: producers, products, a sales point and today's till session.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        Map<String, String> farmStand = farmStand(org, today);
        farmStand(other, today);
        // Events of both organizations: sessions with registrations, a waitlist and an open offer around the flows.
        for (String organization : List.of(org, other)) {
            for (int i = 0; i < 2; i++) {
                String session = eventSession(organization, "教室 " + i, 1)[1];
                String first = register(organization, session, """
                        {"guest":{"name":"先着 %d"}}""".formatted(i));
                register(organization, session, """
                        {"guest":{"name":"待機 %d"},"waitlistIfFull":true}""".formatted(i));
                register(organization, session, """
                        {"guest":{"name":"次点 %d"},"waitlistIfFull":true}""".formatted(i));
                assertThat(http.post("/api/orgs/" + organization + "/attendance/sessions/" + session
                        + "/registrations/" + first + "/cancel", "{}").status()).isEqualTo(200);
            }
        }

        List<ExaminedQuery> recorded = new CopyOnWriteArrayList<>();
        try (AutoCloseable recording = embedded.recordQueries(recorded::add)) {
            String base = "/api/orgs/" + org;
            String booking = book(org, runs.get(0), residents.get(0));
            assertThat(http.post(base + "/bookings/" + bookings.get(1) + "/change", """
                    {"pickup":{"home":true},"dropOff":{"home":true},"passengers":2}""").status()).isEqualTo(200);
            assertThat(http.post(base + "/bookings/" + bookings.get(2) + "/cancel", """
                    {"reason":"体調不良"}""").status()).isEqualTo(200);
            String date = (String) http.get(base + "/runs/" + runs.get(0)).json().get("serviceDate");
            assertThat(http.getList(base + "/runs?date=" + date)).hasSize(3);
            assertThat(http.get(base + "/runs/" + runs.get(0) + "/sheet").status()).isEqualTo(200);
            http.startDutyAndBoard(org, runs.get(0), booking);
            assertThat(http.post(base + "/runs/" + runs.get(0) + "/duty/end", """
                    {"actionId":"end-000001","place":"車庫","at":"%sT10:00:00","odometerKm":112}"""
                    .formatted(date)).status()).isEqualTo(200);
            assertThat(http.get(base + "/runs/" + runs.get(0) + "/duty").status()).isEqualTo(200);
            YuiHttp.eventually(VIEW_LAG, () -> bookingsIn(org), n -> n == 6); // 7 booked, 1 cancelled
            int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
            assertThat(http.get(base + "/stats/ridership?fiscalYear=" + fiscalYear).status()).isEqualTo(200);
            assertThat(http.get(base + "/stats/ridership?fiscalYear=" + (fiscalYear - 4)).status()).isEqualTo(200);
            assertThat(http.get(base + "/stats/ridership").status()).isEqualTo(200);
            // The figures pages: the organization's (page and CSV) and the city's, which reads every organization's.
            assertThat(http.get("/orgs/" + org + "/figures").status()).isEqualTo(200);
            assertThat(http.get("/orgs/" + org + "/figures/ridership.csv").status()).isEqualTo(200);
            assertThat(http.get("/city/figures").status()).isEqualTo(200);
            assertThat(http.get(base + "/bookings/" + booking).status()).isEqualTo(200);
            java.time.YearMonth month = java.time.YearMonth.from(today);
            assertThat(scheduling.ridesOf(org, residents.get(0), month.minusMonths(3), month.plusMonths(2)))
                    .as("the phone console's rides of a caller").isNotEmpty();
            assertThat(http.get(base + "/residents?phone=0242110003").body()).contains("試験 3");
            String kana = java.net.URLEncoder.encode("しけん お", java.nio.charset.StandardCharsets.UTF_8);
            assertThat(http.get(base + "/residents?kana=" + kana).body()).contains("試験 4");
            assertThat(http.get(base + "/residents/" + residents.get(5)).status()).isEqualTo(200);
            assertThat(http.getList(base + "/audit")).isNotEmpty();
            assertThat(http.post(base + "/residents/" + residents.get(5) + "/erase", "{}").status()).isEqualTo(200);
            assertThat(http.getList(base + "/services")).hasSize(1);
            assertThat(http.getList(base + "/vehicles")).hasSize(3);
            assertThat(http.getList(base + "/drivers")).hasSize(4);
            assertThat(asDriver.get("/orgs/" + org + "/driver").body()).contains(todaysRun.substring("Run:".length()));
            assertThat(asDriver.get("/orgs/" + org + "/driver/runs/" + todaysRun).status()).isEqualTo(200);
            marketDay(org, farmStand, today);
            eventDay(org, residents.get(1));
        }

        assertThat(recorded).as("queries recorded").hasSizeGreaterThan(20);
        List<ExaminedQuery> scans = recorded.stream().filter(q -> !q.examinesAtMost(SLACK)).toList();
        assertThat(scans).as("queries that examined more than %d beyond what they returned", SLACK).isEmpty();
    }
}
