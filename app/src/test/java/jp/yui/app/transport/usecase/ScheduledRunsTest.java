package jp.yui.app.transport.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.query.RunView;

/** A booking reads its run's view once; after that the run's fixed facts come from memory. */
class ScheduledRunsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private final InMemoryViewStore<RunView> views = new InMemoryViewStore<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final ScheduledRuns runs = new ScheduledRuns(new ViewStore<>() {
        @Override
        public Optional<RunView> find(String id) {
            reads.incrementAndGet();
            return views.find(id);
        }

        @Override
        public List<RunView> findByOrganization(String organizationId) {
            throw new AssertionError("a booking looks up its run by id");
        }

        @Override
        public List<RunView> findBy(String organizationId, String key, String value) {
            throw new AssertionError("a booking looks up its run by id");
        }

        @Override
        public void save(String id, String organizationId, RunView view) {
            views.save(id, organizationId, view);
        }

        @Override
        public void deleteAll() {
            views.deleteAll();
        }
    });

    private void schedule(String runId, String org) {
        views.save(runId, org, new RunView(runId, org, "Service:" + org + ":bus", ServiceKind.DEMAND_RESPONSIVE, DAY,
                LocalTime.of(9, 0), DAY.minusDays(1).atTime(17, 0), "Vehicle:1", "Driver:1", 9, 1, List.of(),
                List.of(), null));
    }

    @Test
    void aRunIsReadOnceAndThenKnown() {
        schedule("Run:1", "minato");

        assertThat(runs.find("minato", "Run:1")).contains(
                new ScheduledRuns.ScheduledRun("Run:1", "minato", "Service:minato:bus", DAY));
        assertThat(runs.find("minato", "Run:1")).isPresent();
        assertThat(runs.find("minato", "Run:1")).isPresent();

        assertThat(reads).hasValue(1);
    }

    @Test
    void anotherOrganizationsRunIsNotFoundAlsoWhenKnown() {
        schedule("Run:1", "minato");
        assertThat(runs.find("minato", "Run:1")).isPresent();

        assertThat(runs.find("oto", "Run:1")).isEmpty();
    }

    @Test
    void aRunNotYetInTheViewsIsFoundOnceItIs() {
        assertThat(runs.find("minato", "Run:2")).isEmpty();

        schedule("Run:2", "minato");

        assertThat(runs.find("minato", "Run:2")).isPresent();
    }
}
