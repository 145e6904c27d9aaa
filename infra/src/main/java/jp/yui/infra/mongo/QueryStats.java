package jp.yui.infra.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.bson.Document;

/**
 * What the embedded server's queries examined: per query (for {@code explain}) and in total since start (reported by
 * {@code serverStatus} under {@code metrics.queryExecutor}, named as MongoDB names them: {@code scanned} index keys,
 * {@code scannedObjects} documents, {@code collectionScans.total}).
 */
final class QueryStats {

    private static final ThreadLocal<List<Execution>> CAPTURED = new ThreadLocal<>();

    private final LongAdder keysExamined = new LongAdder();
    private final LongAdder docsExamined = new LongAdder();
    private final LongAdder collectionScans = new LongAdder();

    /** One query's plan and counts. */
    static final class Execution {
        final String namespace;
        final QueryPlanner.Plan plan;
        final boolean sortedInMemory;
        long keysExamined;
        long docsExamined;

        private Execution(String namespace, QueryPlanner.Plan plan, boolean sortedInMemory) {
            this.namespace = namespace;
            this.plan = plan;
            this.sortedInMemory = sortedInMemory;
        }

        void keyExamined() {
            keysExamined++;
        }

        void documentExamined() {
            docsExamined++;
        }

        /** The plan as MongoDB's explain describes it. */
        Document winningPlan() {
            Document stage;
            if (plan == null) {
                stage = new Document("stage", "COLLSCAN");
            } else {
                stage = new Document("stage", "FETCH").append("inputStage", new Document("stage", "IXSCAN")
                        .append("keyPattern", plan.keyPattern())
                        .append("indexName", plan.indexName())
                        .append("direction", plan.direction()));
            }
            return sortedInMemory ? new Document("stage", "SORT").append("inputStage", stage) : stage;
        }
    }

    Execution begin(String namespace, QueryPlanner.Plan plan, boolean sortedInMemory) {
        Execution execution = new Execution(namespace, plan, sortedInMemory);
        List<Execution> captured = CAPTURED.get();
        if (captured != null) {
            captured.add(execution);
        }
        return execution;
    }

    void end(Execution execution) {
        keysExamined.add(execution.keysExamined);
        docsExamined.add(execution.docsExamined);
        if (execution.plan == null) {
            collectionScans.increment();
        }
    }

    /** Collects the executions of the queries this thread runs until {@link Capture#close()}. */
    static Capture capture() {
        List<Execution> executions = new ArrayList<>();
        CAPTURED.set(executions);
        return new Capture(executions);
    }

    record Capture(List<Execution> executions) implements AutoCloseable {
        @Override
        public void close() {
            CAPTURED.remove();
        }
    }

    Document queryExecutorMetrics() {
        long scans = collectionScans.sum();
        return new Document("scanned", keysExamined.sum())
                .append("scannedObjects", docsExamined.sum())
                .append("collectionScans", new Document("total", scans).append("nonTailable", scans));
    }
}
