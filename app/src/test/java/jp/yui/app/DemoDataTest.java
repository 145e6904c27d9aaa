package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.MongoDatabase;

import jp.yui.app.YuiHttp.Response;
import jp.yui.app.attendance.usecase.AttendanceReports;
import jp.yui.app.demo.AttendanceDemo;
import jp.yui.app.market.usecase.MarketFigures;
import jp.yui.app.market.usecase.Producers;
import jp.yui.app.market.usecase.Settlements;
import jp.yui.domain.attendance.query.AttendanceFigures;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.query.ProducerView;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/**
 * YUI_DEMO=true seeds the organizations and a fiscal year through the real commands, in line with the figures, and
 * only once. Seeding takes minutes, so the class seeds one data directory, closes that service, and starts it a
 * second time on the same directory with YUI_DEMO=true still set; both tests read that second service.
 */
class DemoDataTest {

    private static final String PASSWORD = "test-admin-password-3";
    private static final String DEMO_PASSWORD = "test-demo-password-3";
    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    private static long eventsAfterSeeding;
    private static long eventsAfterRestart;
    private static ConfigurableApplicationContext restarted;
    private static YuiHttp http;

    @BeforeAll
    static void seedThenStartAgain() throws Exception {
        Path dir = Files.createTempDirectory("yui-demo-test");
        // The demo seeds in an ApplicationRunner, so every command is stored once run() has returned.
        long started = System.nanoTime();
        try (ConfigurableApplicationContext first = start(dir)) {
            System.out.printf("DemoDataTest: first start with the demo seeded in %d s%n",
                    (System.nanoTime() - started) / 1_000_000_000L);
            eventsAfterSeeding = storedEvents(first);
            awaitViewsCaughtUp(first);
        }
        restarted = start(dir);
        eventsAfterRestart = storedEvents(restarted);
        awaitViewsCaughtUp(restarted);
        http = new YuiHttp("http://localhost:" + restarted.getEnvironment().getProperty("local.server.port"),
                "admin", PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (restarted != null) {
            restarted.close();
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        // As arguments, not default properties: those yield to application.yml's port (8080, perhaps taken).
        return new SpringApplicationBuilder(YuiApplication.class).run(
                "--server.port=0",
                "--yui.data-dir=" + dir,
                "--yui.embedded-mongo-port=0",
                "--yui.admin-password=" + PASSWORD,
                "--yui.demo-password=" + DEMO_PASSWORD,
                "--yui.demo=true");
    }

    private static long storedEvents(ConfigurableApplicationContext context) {
        return context.getBean(MongoDatabase.class).getCollection(SequencedEventStorageEngine.EVENTS).countDocuments();
    }

    /**
     * The views are complete when every streaming processor has handled the event at the store's head (nothing is
     * appended meanwhile). Waiting on that, not on a figure that stopped changing, cannot stop early on a slow poll.
     */
    private static void awaitViewsCaughtUp(ConfigurableApplicationContext context) throws InterruptedException {
        TrackingToken head = context.getBean(EventStore.class).createHeadToken();
        long headIndex = head == null ? -1 : head.position().orElseThrow();
        Map<String, EventProcessor> processors = context.getBean(org.axonframework.config.Configuration.class)
                .eventProcessingConfiguration().eventProcessors();
        List<StreamingEventProcessor> streaming = processors.values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        assertThat(streaming).as("tracking processors").isNotEmpty();
        boolean caughtUp = YuiHttp.eventually(CATCH_UP, () -> streaming.stream().allMatch(p -> reached(p, headIndex)),
                done -> done);
        assertThat(caughtUp).as("views caught up with event %d", headIndex).isTrue();
    }

    private static boolean reached(StreamingEventProcessor processor, long headIndex) {
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .allMatch(s -> !s.isErrorState() && s.getCurrentPosition().orElse(-1) >= headIndex);
    }

    /** The demo's fiscal year 2025, one service's total. */
    private static Map<String, Object> ridership(String org, String service) {
        Response stats = http.get("/api/orgs/" + org + "/stats/ridership?fiscalYear=2025");
        assertThat(stats.status()).as(stats.body()).isEqualTo(200);
        return YuiHttp.serviceTotal(stats, TransportService.idOf(org, service));
    }

    @Test
    void aYearOfFureaiHasAboutTwelveHundredRidersAndEveryOrganizationHasMembers() {
        assertThat((Integer) ridership("kitaaizu", "fureai").get("passengersBooked")).isBetween(1_050, 1_350);
        assertThat(ridership("minato", "minato-bus")).isNotEmpty();
        assertThat(ridership("oto", "oto-volunteer")).isNotEmpty();
        assertThat(ridership("kawahigashi", "minazuru")).isNotEmpty();
        assertThat(http.getList("/api/organizations")).extracting(o -> o.get("name"))
                .contains("NPO法人 みんなと湊まちづくりネットワーク", "北会津地域づくり委員会");
        for (String org : List.of("minato", "oto", "kitaaizu", "kawahigashi", "kita", "ikki", "gyonin")) {
            assertThat(http.getList("/api/orgs/" + org + "/residents")).as(org).isNotEmpty();
        }
        assertThat(http.getList("/api/orgs/kitaaizu/runs?date=2025-04-02")).singleElement()
                .satisfies(run -> assertThat(run).containsEntry("serviceId", "Service:kitaaizu:fureai"));
    }

    @Test
    void theDemoHasALoginPerRoleAndRunsBookedForTheTwoWeeksFromItsFirstStart() {
        assertThat(http.as("minato-office", DEMO_PASSWORD).get("/api/orgs/minato/residents").status()).isEqualTo(200);
        assertThat(http.as("minato-office", DEMO_PASSWORD).get("/api/orgs/kita/residents").status()).isEqualTo(403);
        assertThat(http.as("minato-viewer", DEMO_PASSWORD).get("/api/orgs/minato/residents").status()).isEqualTo(403);
        assertThat(http.as("city", DEMO_PASSWORD).get("/api/orgs/kitaaizu/stats/ridership?fiscalYear=2025").status())
                .isEqualTo(200);
        assertThat(http.getList("/api/orgs/minato/drivers")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("userName", "minato-driver"));
        assertThat(http.as("minato-driver", DEMO_PASSWORD).get("/orgs/minato/driver").status()).isEqualTo(200);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        int daysWithBookedRuns = 0;
        for (int i = 0; i < 14; i++) {
            List<Map<String, Object>> runs = http.getList("/api/orgs/minato/runs?date=" + today.plusDays(i));
            if (!runs.isEmpty()) {
                daysWithBookedRuns++;
                String runId = (String) runs.get(0).get("runId");
                assertThat((List<?>) http.get("/api/orgs/minato/runs/" + runId).json().get("bookings")).isNotEmpty();
            }
        }
        assertThat(daysWithBookedRuns).as("みなとバス runs on weekdays").isGreaterThanOrEqualTo(8);
    }

    /** みなと直売所's fiscal year 2025 as the figures read it, おおとマルシェ's day, the producers and their settlements. */
    @Test
    void theFarmStandSoldAboutOnePointFiveMillionYenFromADozenProducersAndTheMarketHadItsDay() {
        MarketFigures.Year minato = restarted.getBean(MarketFigures.class).year("minato", 2025);
        assertThat(minato.salesPoints()).singleElement().satisfies(farm -> {
            assertThat(farm.kind()).isEqualTo(SalesPointKind.FARM_STAND);
            assertThat(farm.total().netYen()).as("net sales, fiscal 2025").isBetween(1_300_000L, 1_700_000L);
            assertThat(farm.total().voids()).isPositive();
            assertThat(farm.total().refunds()).isPositive();
            assertThat(farm.total().rate(10).netYen()).as("a few goods at 10 %").isPositive();
            assertThat(farm.total().producers()).hasSize(12);
            assertThat(farm.months()).allSatisfy(m -> assertThat(m.figures().netYen()).isPositive());
        });
        assertThat(restarted.getBean(Producers.class).list("minato")).hasSize(12);

        MarketFigures.Year oto = restarted.getBean(MarketFigures.class).year("oto", 2025);
        assertThat(oto.salesPoints()).singleElement().satisfies(market -> {
            assertThat(market.kind()).isEqualTo(SalesPointKind.MARKET);
            assertThat(market.marketDays()).singleElement()
                    .satisfies(day -> assertThat(day.date()).isEqualTo(LocalDate.of(2025, 10, 19)));
            assertThat(market.total().netYen()).isPositive();
        });

        Settlements settlements = restarted.getBean(Settlements.class);
        for (ProducerView producer : restarted.getBean(Producers.class).list("minato")) {
            assertThat(settlements.ofProducer("minato", producer.producerId())).as(producer.producerNumber())
                    .hasSize(12);
        }
        assertThat(http.as("minato-till", DEMO_PASSWORD)
                .get("/api/orgs/minato/stats/market-sales?fiscalYear=2025").status()).isEqualTo(200);
        assertThat(http.as("minato-till", DEMO_PASSWORD)
                .get("/api/orgs/kita/stats/market-sales?fiscalYear=2025").status()).isEqualTo(403);
    }

    /**
     * The events' fiscal 2025 as the figures read them equal what the demo's own plan gives
     * ({@link AttendanceDemo#planned}, counted from the plan's steps person by person); the session a week after the
     * first start is on the door's list for the door login.
     */
    @Test
    void theEventsFiguresAreWhatTheDemosPlanGivesAndTheDoorHasASessionToCome() {
        LocalDate seededOn = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        AttendanceDemo.Plan plan = AttendanceDemo.plan(new java.util.Random(AttendanceDemo.SEED), seededOn);
        AttendanceReports reports = restarted.getBean(AttendanceReports.class);
        for (String org : List.of("kawahigashi", "kitaaizu", "kita", "minato")) {
            AttendanceFigures f = reports.fiscalYear(org, 2025).figures();
            assertThat(new AttendanceDemo.Planned(f.sessions(), f.registered(), f.attended(), f.walkIns(),
                    f.noShows(), f.attendances(), f.distinctPeople(), f.repeatAttendees(), f.feeRevenueYen()))
                    .as(org).isEqualTo(AttendanceDemo.planned(plan, org, 2025));
        }
        AttendanceFigures health = reports.fiscalYear("kawahigashi", 2025).figures();
        assertThat(health.sessions()).isEqualTo(10);
        assertThat(health.attendances() / health.sessions()).as("about 30 a session").isBetween(25L, 35L);
        assertThat(health.peopleByAgeBand().getOrDefault(jp.yui.domain.attendance.api.AgeBand.UNDER_40, 0L))
                .as("mostly 65 and over").isLessThan(5);
        assertThat(health.peopleByDistrict()).containsKeys("河東", "河東町広田", "河東町八田");
        assertThat(reports.fiscalYear("kita", 2025).figures().walkIns()).isGreaterThan(80);

        Response coming = http.as("kawahigashi-door", DEMO_PASSWORD)
                .get("/api/orgs/kawahigashi/attendance/sessions?date=" + seededOn.plusDays(7));
        assertThat(coming.status()).as(coming.body()).isEqualTo(200);
        assertThat(coming.jsonList()).singleElement().satisfies(session ->
                assertThat((Map<?, ?>) session.get("registrations")).hasSizeGreaterThanOrEqualTo(20));
        assertThat(http.as("kawahigashi-door", DEMO_PASSWORD).get("/api/orgs/kita/attendance/sessions").status())
                .isEqualTo(403);
        assertThat(http.as("city", DEMO_PASSWORD).get("/city/figures?fiscalYear=2025").body())
                .contains("地域づくりフェス").contains("健康講座").contains("スマホ教室");
    }

    @Test
    void aLaterStartOnASeededStoreSeedsNothing() {
        assertThat(eventsAfterSeeding).as("events of the first start").isPositive();
        assertThat(eventsAfterRestart).as("events after the second start").isEqualTo(eventsAfterSeeding);
    }
}
