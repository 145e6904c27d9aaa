package jp.yui.app.transport.usecase;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.query.RunView;

/**
 * What a booking needs to know of its run before the run itself decides: whose it is, its service and its date (for
 * the fare). These are set when the run is scheduled and never change (only {@code RunScheduled} sets them on the
 * run), so they are read from the run view once and then kept in memory, a bounded number of the recently used runs,
 * instead of reading the whole view with all its bookings for every booking. Seats, the deadline and every other
 * rule are the run's to check when it handles the command.
 */
@Component
class ScheduledRuns {

    record ScheduledRun(String runId, String organizationId, String serviceId, LocalDate serviceDate) {
        static ScheduledRun of(RunView run) {
            return new ScheduledRun(run.runId(), run.organizationId(), run.serviceId(), run.serviceDate());
        }
    }

    static final int KEPT = 10_000;

    private final ViewStore<RunView> runs;
    private final Map<String, ScheduledRun> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ScheduledRun> eldest) {
            return size() > KEPT;
        }
    };

    ScheduledRuns(ViewStore<RunView> runs) {
        this.runs = runs;
    }

    /** The run, if it is the organization's and its view is there; a run not seen yet is looked up every time. */
    Optional<ScheduledRun> find(String org, String runId) {
        ScheduledRun run;
        synchronized (known) {
            run = known.get(runId);
        }
        if (run == null) {
            run = runs.find(runId).map(ScheduledRun::of).orElse(null);
            if (run != null) {
                synchronized (known) {
                    known.put(runId, run);
                }
            }
        }
        return Optional.ofNullable(run).filter(r -> r.organizationId().equals(org));
    }
}
