package jp.yui.app;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.MongoDatabase;

import jp.yui.app.admin.ProcessorStatuses;
import jp.yui.app.admin.ViewRebuilds;
import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.query.RunsProjection;
import jp.yui.infra.eventstore.MongoEventStorage;
import jp.yui.infra.readmodel.MongoViewStore;

/**
 * A view rebuilt from the events while the live one keeps answering, swapped in when it has caught up: the live view
 * is untouched while it builds (and when it is aborted), events stored meanwhile are in the new view, and nothing of
 * the rebuild is left behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ViewRebuildTest {

    private static final String PASSWORD = "test-admin-password-r";
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String SHADOW = "view_runs" + ViewRebuilds.SHADOW_SUFFIX;
    private static final String SHADOW_PROCESSOR = RunsProjection.PROCESSING_GROUP + ".rebuild";

    /** Holds a rebuild that has caught up before its swap, so the test can look at both views at that moment. */
    static final class HeldSwaps implements ViewRebuilds.BeforeSwap {
        private volatile CountDownLatch open = new CountDownLatch(0);
        private final AtomicInteger waiting = new AtomicInteger();

        void hold() {
            open = new CountDownLatch(1);
        }

        void release() {
            open.countDown();
        }

        boolean waiting() {
            return waiting.get() > 0;
        }

        @Override
        public void await(String view) throws InterruptedException {
            CountDownLatch latch = open;
            waiting.incrementAndGet();
            try {
                latch.await();
            } finally {
                waiting.decrementAndGet();
            }
        }
    }

    private static final HeldSwaps SWAPS = new HeldSwaps();

    @TestConfiguration
    static class Swaps {
        @Bean
        ViewRebuilds.BeforeSwap beforeSwap() {
            return SWAPS;
        }
    }

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "rebuild", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    MongoEventStorage storage;

    @Autowired
    ProcessorStatuses processors;

    @Autowired
    EventStore eventStore;

    @Autowired
    ViewRebuilds rebuilds;

    private YuiHttp admin() {
        return new YuiHttp("http://localhost:" + port, "admin", PASSWORD).viaToken();
    }

    private static final String REBUILD = "/api/admin/views/runs/rebuild";

    private Map<String, Object> rebuild(YuiHttp http) {
        YuiHttp.Response r = http.get(REBUILD);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private Map<String, Object> run(YuiHttp http, String org, String runId) {
        YuiHttp.Response r = http.get("/api/orgs/" + org + "/runs/" + runId);
        return r.status() == 200 ? r.json() : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> bookings(Map<String, Object> run) {
        Object bookings = run.get("bookings");
        return bookings == null ? List.of() : (List<Map<String, Object>>) bookings;
    }

    private List<Object> dayRuns(YuiHttp http, String org, LocalDate date) {
        return http.getList("/api/orgs/" + org + "/runs?date=" + date).stream().map(r -> r.get("runId")).toList();
    }

    private Map<String, Object> bookedAndSeen(YuiHttp http, String org, String runId, int bookings) throws Exception {
        for (int i = bookings(run(http, org, runId)).size(); i < bookings; i++) {
            assertThat(http.book(org, runId).status()).isEqualTo(201);
        }
        return YuiHttp.eventually(WITHIN, () -> run(http, org, runId), r -> bookings(r).size() == bookings);
    }

    /** What a projection bug would leave: a run missing from the live view. */
    /**
     * Two runs a week ahead in a new organization, {@code keptBookings} bookings on the kept one and one on the lost
     * one, which is then deleted from the live view (standing in for a buggy projection) so a rebuild must bring it back.
     */
    private record TwoRuns(String org, LocalDate day, String kept, String lost, Map<String, Object> before) {
    }

    private TwoRuns twoRunsOneLost(YuiHttp http, String prefix, int keptBookings) throws Exception {
        String org = YuiHttp.unique(prefix);
        LocalDate day = LocalDate.now(TOKYO).plusDays(7);
        String kept = http.scheduleRun(org, "bus", 8);
        String lost = http.scheduleRun(org, "bus", 8);
        Map<String, Object> before = bookedAndSeen(http, org, kept, keptBookings);
        bookedAndSeen(http, org, lost, 1);
        loseFromLiveView(lost);
        return new TwoRuns(org, day, kept, lost, before);
    }

    private void loseFromLiveView(String runId) {
        assertThat(database.getCollection("view_runs").deleteOne(eq("_id", runId)).getDeletedCount()).isEqualTo(1);
    }

    private void assertNothingOfTheRebuildIsLeft() {
        assertThat(database.listCollectionNames().into(new ArrayList<>())).doesNotContain(SHADOW);
        assertThat(database.getCollection(MongoViewStore.KEYS_COLLECTION).find(eq("_id", SHADOW)).first()).isNull();
        assertThat(storage.storedPosition(SHADOW_PROCESSOR)).isEmpty();
    }

    @Test
    void theLiveViewAnswersWhileItBuildsAndTheNewViewHasTheEventsStoredMeanwhile() throws Exception {
        YuiHttp http = admin();
        TwoRuns runs = twoRunsOneLost(http, "rb", 2);
        String org = runs.org();
        LocalDate day = runs.day();
        String kept = runs.kept();
        String lost = runs.lost();
        Map<String, Object> before = runs.before();
        assertThat(bookings(before)).hasSize(2);
        assertThat(dayRuns(http, org, day)).containsExactly(kept);

        SWAPS.hold();
        try {
            YuiHttp.Response started = http.post(REBUILD, "");
            assertThat(started.status()).isEqualTo(202);
            assertThat(started.json()).containsEntry("state", "BUILDING").containsEntry("view", "runs")
                    .containsEntry("processingGroup", RunsProjection.PROCESSING_GROUP);
            YuiHttp.Response again = http.post(REBUILD, "");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");

            YuiHttp.eventually(WITHIN, SWAPS::waiting, w -> w);
            Map<String, Object> caughtUp = rebuild(http);
            assertThat(caughtUp).containsEntry("state", "BUILDING");
            assertThat(((Number) caughtUp.get("position")).longValue())
                    .isEqualTo(((Number) caughtUp.get("head")).longValue()).isPositive();
            assertThat(((Number) caughtUp.get("eventsPerSecond")).doubleValue()).isPositive();
            // The new view has the lost run; the live one still answers as it did.
            assertThat(database.getCollection(SHADOW).find(eq("_id", lost)).first()).isNotNull();
            assertThat(dayRuns(http, org, day)).containsExactly(kept);
            assertThat(run(http, org, kept)).isEqualTo(before);

            // Stored during the rebuild: the live view shows it at once, the new one must have it after the swap.
            Map<String, Object> during = bookedAndSeen(http, org, kept, 3);
            assertThat(bookings(during)).hasSize(3);
        } finally {
            SWAPS.release();
        }
        Map<String, Object> done = YuiHttp.eventually(WITHIN, () -> rebuild(http),
                s -> !List.of("BUILDING", "SWAPPING").contains(s.get("state")));
        assertThat(done).containsEntry("state", "DONE").containsEntry("error", null);
        assertThat(done.get("finishedAt")).isNotNull();

        assertThat(dayRuns(http, org, day)).containsExactlyInAnyOrder(kept, lost);
        Map<String, Object> after = run(http, org, kept);
        assertThat(bookings(after)).hasSize(3);
        assertThat(bookings(after).subList(0, 2)).isEqualTo(bookings(before));
        Map<String, Object> afterWithoutBookings = new HashMap<>(after);
        Map<String, Object> beforeWithoutBookings = new HashMap<>(before);
        afterWithoutBookings.remove("bookings");
        beforeWithoutBookings.remove("bookings");
        assertThat(afterWithoutBookings).isEqualTo(beforeWithoutBookings);
        assertThat(bookings(run(http, org, lost))).hasSize(1);
        assertNothingOfTheRebuildIsLeft();

        // The live processor goes on from where the new view was, on the swapped-in collection.
        bookedAndSeen(http, org, lost, 2);
        ProcessorStatuses.Status live = YuiHttp.eventually(WITHIN,
                () -> processors.of(RunsProjection.PROCESSING_GROUP).orElseThrow(), s -> s.lagEvents() == 0);
        assertThat(live.running()).isTrue();
        assertThat(live.position()).isGreaterThanOrEqualTo(((Number) done.get("position")).longValue());
    }

    @Test
    void anAbortedRebuildLeavesTheLiveViewAsItWas() throws Exception {
        YuiHttp http = admin();
        TwoRuns runs = twoRunsOneLost(http, "ra", 1);
        String org = runs.org();
        LocalDate day = runs.day();
        String kept = runs.kept();
        String lost = runs.lost();
        Map<String, Object> before = runs.before();

        SWAPS.hold();
        try {
            assertThat(http.post(REBUILD, "").status()).isEqualTo(202);
            YuiHttp.eventually(WITHIN, SWAPS::waiting, w -> w);
            assertThat(database.getCollection(SHADOW).find(eq("_id", lost)).first()).isNotNull();
            YuiHttp.Response aborted = http.delete(REBUILD);
            assertThat(aborted.status()).isEqualTo(200);
            assertThat(aborted.json()).containsEntry("state", "FAILED").containsEntry("error", "aborted");
        } finally {
            SWAPS.release();
        }
        assertThat(http.delete(REBUILD).status()).isEqualTo(409);
        assertThat(rebuild(http)).containsEntry("state", "FAILED");
        assertThat(dayRuns(http, org, day)).containsExactly(kept);
        assertThat(run(http, org, kept)).isEqualTo(before);
        assertNothingOfTheRebuildIsLeft();
        // The live processor was never stopped.
        bookedAndSeen(http, org, kept, 2);
    }

    /** A restart stops the rebuild ({@code stop}, at shutdown) and drops what it left ({@code dropLeftovers}, at start). */
    @Test
    void whatARebuildCutShortByARestartLeftIsDroppedAndTheLiveViewIsAsItWas() throws Exception {
        YuiHttp http = admin();
        TwoRuns runs = twoRunsOneLost(http, "rr", 1);
        String org = runs.org();
        LocalDate day = runs.day();
        String kept = runs.kept();
        String lost = runs.lost();
        Map<String, Object> before = runs.before();

        SWAPS.hold();
        try {
            assertThat(http.post(REBUILD, "").status()).isEqualTo(202);
            YuiHttp.eventually(WITHIN, SWAPS::waiting, w -> w);
            rebuilds.stop();
        } finally {
            SWAPS.release();
        }
        assertThat(database.getCollection(SHADOW).find(eq("_id", lost)).first()).isNotNull();
        assertThat(storage.storedPosition(SHADOW_PROCESSOR)).isPresent();
        rebuilds.dropLeftovers();

        assertNothingOfTheRebuildIsLeft();
        assertThat(rebuild(http)).containsEntry("state", "FAILED").containsEntry("error", "stopped");
        assertThat(dayRuns(http, org, day)).containsExactly(kept);
        assertThat(run(http, org, kept)).isEqualTo(before);
        bookedAndSeen(http, org, kept, 2);
    }

    @Test
    void anUnknownViewIsNotFoundAndOnlyTheAdminMayRebuild() {
        YuiHttp http = admin();
        for (YuiHttp.Response r : List.of(http.post("/api/admin/views/no-such-view/rebuild", ""),
                http.get("/api/admin/views/no-such-view/rebuild"), http.delete("/api/admin/views/no-such-view/rebuild"))) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        String org = YuiHttp.unique("rn");
        http.post("/api/users", """
                {"username":"%s","password":"a-long-user-password","roles":["ORG_ADMIN"],"organizationId":"%s"}"""
                .formatted(org + "-admin", org));
        YuiHttp orgAdmin = http.as(org + "-admin", "a-long-user-password");
        assertThat(orgAdmin.post(REBUILD, "").status()).isEqualTo(403);
        assertThat(orgAdmin.get(REBUILD).status()).isEqualTo(403);
    }

    /**
     * Not a benchmark, a figure for the report: the runs view rebuilt over a few thousand events (runs of nine
     * bookings each, appended directly to the store in batches), the rate printed.
     */
    @Test
    void aRebuildOfSomeThousandEventsGivesTheSameViews() throws Exception {
        YuiHttp http = admin();
        String org = YuiHttp.unique("rm");
        LocalDate day = LocalDate.now(TOKYO).plusDays(30);
        // -DargLine=-Dyui.rebuild.runs=N for a larger figure (N runs, 10 N events).
        int runs = Integer.getInteger("yui.rebuild.runs", 300);
        Duration within = WITHIN.multipliedBy(3).plusMillis(runs * 100L);
        long published = System.nanoTime();
        for (int r = 0; r < runs; r++) {
            String runId = "Run:" + org + ":" + r;
            List<EventMessage<?>> events = new ArrayList<>();
            events.add(new GenericDomainEventMessage<>("Run", runId, 0, new RunScheduled(runId, org,
                    "Service:" + org + ":bus", day, LocalTime.of(6, 0).plusMinutes(r), 9, 1,
                    ServiceKind.DEMAND_RESPONSIVE, day.minusDays(1).atTime(17, 0), "v", "d")));
            for (int b = 1; b <= 9; b++) {
                events.add(new GenericDomainEventMessage<>("Run", runId, b, new RideBooked(runId + ":b" + b, runId,
                        org, "Service:" + org + ":bus", day, 1, 0, false, null, "operator", Caller.SELF,
                        new Place(null, true), new Place(null, true), null, TripPurpose.SHOPPING, null, null,
                        LocalDateTime.of(2026, 1, 1, 9, 0))));
            }
            eventStore.publish(events);
        }
        System.out.printf("Published %d events in %d ms%n", runs * 10, (System.nanoTime() - published) / 1_000_000);
        List<Map<String, Object>> live = YuiHttp.eventually(within, () -> http.getList("/api/orgs/" + org
                + "/runs?date=" + day), l -> l.size() == runs);
        assertThat(live).hasSize(runs);
        YuiHttp.eventually(within, () -> processors.of(RunsProjection.PROCESSING_GROUP).orElseThrow(),
                s -> s.lagEvents() == 0);
        System.out.printf("Live view caught up %d ms after the first append%n",
                (System.nanoTime() - published) / 1_000_000);

        assertThat(http.post(REBUILD, "").status()).isEqualTo(202);
        Map<String, Object> done = YuiHttp.eventually(within, () -> rebuild(http),
                s -> !List.of("BUILDING", "SWAPPING").contains(s.get("state")));
        assertThat(done).containsEntry("state", "DONE");
        System.out.printf("Rebuild of runs: %s events at %s events/s (%s to %s)%n", done.get("eventsProcessed"),
                done.get("eventsPerSecond"), done.get("startedAt"), done.get("finishedAt"));
        assertThat(http.getList("/api/orgs/" + org + "/runs?date=" + day)).isEqualTo(live);
        assertNothingOfTheRebuildIsLeft();
    }
}
