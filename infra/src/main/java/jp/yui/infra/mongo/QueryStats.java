package jp.yui.infra.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import de.bwaldvogel.mongo.bson.Document;

/**
 * What the embedded server's queries examined: per query (for {@code explain}) and in total since start (reported by
 * {@code serverStatus} under {@code metrics.queryExecutor}, named as MongoDB names them: {@code scanned} index keys,
 * {@code scannedObjects} documents, {@code collectionScans.total}).
 */
final class QueryStats {

    private static final ThreadLocal<List<Execution>> CAPTURED = new ThreadLocal<>();
    /** The command a thread is running, for the records. */
    private static final ThreadLocal<String> COMMAND = new ThreadLocal<>();
    /** The query a thread is running, so that the collection can note how many documents it returned. */
    private static final ThreadLocal<Execution> RUNNING = new ThreadLocal<>();

    private final List<Consumer<ExaminedQuery>> recorders = new CopyOnWriteArrayList<>();

    private final LongAdder keysExamined = new LongAdder();
    private final LongAdder docsExamined = new LongAdder();
    private final LongAdder collectionScans = new LongAdder();

    /** One query's plan and counts. */
    static final class Execution {
        final String namespace;
        final Document filter;
        final QueryPlanner.Plan plan;
        final boolean sortedInMemory;
        long keysExamined;
        long docsExamined;
        long returned;

        private Execution(String namespace, Document filter, QueryPlanner.Plan plan, boolean sortedInMemory) {
            this.namespace = namespace;
            this.filter = filter;
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

    Execution begin(String namespace, Document filter, QueryPlanner.Plan plan, boolean sortedInMemory) {
        Execution execution = new Execution(namespace, filter, plan, sortedInMemory);
        List<Execution> captured = CAPTURED.get();
        if (captured != null) {
            captured.add(execution);
        }
        RUNNING.set(execution);
        return execution;
    }

    /** Notes what the running query returned (called by the collection when it has the result). */
    static void returned(int documents) {
        Execution execution = RUNNING.get();
        if (execution != null) {
            execution.returned = documents;
        }
    }

    void end(Execution execution) {
        RUNNING.remove();
        keysExamined.add(execution.keysExamined);
        docsExamined.add(execution.docsExamined);
        if (execution.plan == null) {
            collectionScans.increment();
        }
        if (!recorders.isEmpty()) {
            ExaminedQuery query = new ExaminedQuery(execution.namespace, String.valueOf(COMMAND.get()),
                    shape(execution.filter), execution.plan == null ? "COLLSCAN" : "IXSCAN " + execution.plan.indexName(),
                    execution.keysExamined, execution.docsExamined, execution.returned);
            recorders.forEach(r -> r.accept(query));
        }
    }

    /** Runs {@code work} as {@code command}, for the records. */
    static <T> T asCommand(String command, java.util.function.Supplier<T> work) {
        String outer = COMMAND.get();
        COMMAND.set(command);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                COMMAND.remove();
            } else {
                COMMAND.set(outer);
            }
        }
    }

    /** Hands every query run from now on to {@code recorder}, until the returned handle is closed. */
    AutoCloseable record(Consumer<ExaminedQuery> recorder) {
        recorders.add(recorder);
        return () -> recorders.remove(recorder);
    }

    /** The filter with every value replaced by {@code ?}: its fields and operators only. */
    static String shape(Object filter) {
        if (filter instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(entry.getKey()).append(": ").append(shape(entry.getValue()));
            }
            return out.append('}').toString();
        }
        if (filter instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> v instanceof Map) ? "[" + values.stream().map(QueryStats::shape)
                    .reduce((a, b) -> a + ", " + b).orElse("") + "]" : "[?]";
        }
        return "?";
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
