package jp.yui.infra.mongo;

import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/**
 * mongo-java-server's H2 backend, changed so that a write is acknowledged only once it is in the data file.
 *
 * <p>The stock backend lets H2 commit about once a second in the background, so a crash loses writes that
 * were already acknowledged. Here auto-commit is off and every command that left changes behind commits
 * the MVStore before its reply is sent. Commands run under a shared lock and commits under the exclusive
 * one, so a commit never captures half of a command (a document without its index entry), and commands
 * that arrive during a commit are committed together by the next one (group commit). An ordered insert runs
 * under the exclusive lock and is stored whole or not at all (see {@link #insertAllOrNothing}).
 *
 * <p>With {@code fsync} the file is also forced to the device before the reply (survives power loss);
 * one force covers every commit completed before it, so concurrent writers share it.
 */
final class DurableH2Backend extends H2Backend {

    private final MVStore store;
    private final boolean fsync;
    private final ReentrantReadWriteLock commandsVsCommit = new ReentrantReadWriteLock();
    private final Object syncMonitor = new Object();
    private volatile long lastCommittedVersion;
    private long lastSyncedVersion;

    /** Set while the H2Backend constructor opens the existing databases, before this class's fields are. */
    private static final ThreadLocal<QueryStats> CONSTRUCTING = new ThreadLocal<>();

    private final QueryStats stats;

    DurableH2Backend(MVStore store, boolean fsync) {
        this(store, fsync, new QueryStats());
    }

    private DurableH2Backend(MVStore store, boolean fsync, QueryStats stats) {
        super(constructing(store, stats));
        CONSTRUCTING.remove();
        this.stats = stats;
        this.store = store;
        this.fsync = fsync;
        this.lastCommittedVersion = store.getCurrentVersion();
        this.lastSyncedVersion = lastCommittedVersion;
    }

    private static MVStore constructing(MVStore store, QueryStats stats) {
        CONSTRUCTING.set(stats);
        return store;
    }

    /** Indexes ordered by value, not by serialized bytes (see {@link KeyValueType}), and a query planner. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return ValueOrderedH2Database.open(databaseName, getMvStore(), getCursorRegistry(),
                stats != null ? stats : CONSTRUCTING.get());
    }

    /**
     * Every acknowledged write commits, and a commit rewrites each B-tree page it touched, the growing end of the
     * documents map included. Pages of 12 keys instead of H2's 48 cut what a one-document commit writes about four
     * times; measured with ops' EventStoreBenchmark at 100,000 events (documents still Java-serialized then):
     * appends 301 → 473 per second, data file 2,008 → 1,304 MiB, aggregate loads 2.6 → 2.0 ms.
     */
    private static final int KEYS_PER_PAGE = 12;

    static MVStore openStore(String fileName) {
        return new MVStore.Builder().fileName(fileName).autoCommitDisabled().keysPerPage(KEYS_PER_PAGE).open();
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if ("explain".equalsIgnoreCase(command)) {
            return explain(channel, database, query);
        }
        Document reply;
        if (isOrderedInsert(command, query)) {
            reply = insertAllOrNothing(channel, database, command, query);
        } else {
            commandsVsCommit.readLock().lock();
            try {
                reply = QueryStats.asCommand(command, () -> super.handleCommand(channel, database, command, query));
            } finally {
                commandsVsCommit.readLock().unlock();
            }
        }
        if (ridesOnNextCommit(command, query)) {
            return reply;
        }
        if (store.hasUnsavedChanges()) {
            makeDurable();
        } else if (fsync) {
            // Another command's commit may have taken this command's changes without forcing them yet.
            forceToDevice(lastCommittedVersion);
        }
        return reply;
    }

    /**
     * The event store's reservation of global indexes (a {@code findAndModify} on its sequence collection) is worth
     * nothing without the insert of the events that follows it, so it is not committed on its own: the insert's
     * commit takes it along. A crash in between loses the reservation and its events together, and an append
     * costs one commit instead of two.
     */
    private static boolean ridesOnNextCommit(String command, Document query) {
        return "findAndModify".equalsIgnoreCase(command)
                && SequencedEventStorageEngine.SEQUENCE.equals(query.get(command));
    }

    private static boolean isOrderedInsert(String command, Document query) {
        return "insert".equalsIgnoreCase(command) && !Boolean.FALSE.equals(query.get("ordered"));
    }

    /**
     * An ordered insert runs alone (no other command sees it half done) and, when one of its documents is refused,
     * the documents it inserted before that one are taken out again before anyone can see them. So a batch of
     * events is stored whole or not at all, as a transaction would on a replica set.
     */
    @SuppressWarnings("unchecked")
    private Document insertAllOrNothing(Channel channel, String database, String command, Document query) {
        commandsVsCommit.writeLock().lock();
        try {
            Document reply = QueryStats.asCommand(command, () -> super.handleCommand(channel, database, command, query));
            List<Document> errors = (List<Document>) reply.get("writeErrors");
            if (errors != null && !errors.isEmpty()) {
                int refused = ((Number) errors.get(0).get("index")).intValue();
                List<Object> inserted = ((List<Document>) query.get("documents")).subList(0, refused).stream()
                        .map(d -> d.get("_id"))
                        .toList();
                if (!inserted.isEmpty()) {
                    super.handleCommand(channel, database, "delete", new Document("delete", query.get(command))
                            .append("deletes", List.of(new Document("q", new Document("_id", new Document("$in", inserted)))
                                    .append("limit", 0))));
                }
            }
            return reply;
        } finally {
            commandsVsCommit.writeLock().unlock();
        }
    }

    private void makeDurable() {
        long version;
        commandsVsCommit.writeLock().lock();
        try {
            store.commit();
            version = store.getCurrentVersion();
            lastCommittedVersion = version;
        } finally {
            commandsVsCommit.writeLock().unlock();
        }
        if (fsync) {
            forceToDevice(version);
        }
    }

    private void forceToDevice(long version) {
        synchronized (syncMonitor) {
            if (lastSyncedVersion >= version) {
                return;
            }
            long covered = lastCommittedVersion;
            store.sync();
            lastSyncedVersion = covered;
        }
    }

    /**
     * Rewrites sparse chunks so that one-command commits do not leave the file mostly empty space.
     * Runs exclusively, like a commit.
     */
    void compact(int targetFillRate) {
        commandsVsCommit.writeLock().lock();
        try {
            if (store.isClosed() || store.getFillRate() >= targetFillRate) {
                return;
            }
            store.compact(targetFillRate, 16 * 1024 * 1024);
            store.commit();
            lastCommittedVersion = store.getCurrentVersion();
        } finally {
            commandsVsCommit.writeLock().unlock();
        }
        if (fsync) {
            forceToDevice(lastCommittedVersion);
        }
    }

    /** Moves chunks together and shrinks the file; used at shutdown when nobody writes any more. */
    void compactFile(int maxMillis) {
        commandsVsCommit.writeLock().lock();
        try {
            if (!store.isClosed()) {
                store.compactFile(maxMillis);
            }
        } finally {
            commandsVsCommit.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        commandsVsCommit.writeLock().lock();
        try {
            super.close();
        } finally {
            commandsVsCommit.writeLock().unlock();
        }
    }

    /** Hands every query run from now on to {@code recorder}, until the returned handle is closed. */
    AutoCloseable recordQueries(java.util.function.Consumer<ExaminedQuery> recorder) {
        return stats.record(recorder);
    }

    /** As MongoDB's, with what the embedded queries examined under {@code metrics.queryExecutor}. */
    @Override
    public Document getServerStatus() {
        Document status = super.getServerStatus();
        ((Document) status.get("metrics")).put("queryExecutor", stats.queryExecutorMetrics());
        return status;
    }

    /**
     * MongoDB's {@code explain} of a {@code find} or {@code count}: the query runs, and the reply gives its plan
     * ({@code queryPlanner.winningPlan}: COLLSCAN, or FETCH over IXSCAN of an index, under SORT when sorted in memory)
     * and what it examined ({@code executionStats}: nReturned, totalKeysExamined, totalDocsExamined).
     */
    private Document explain(Channel channel, String database, Document query) {
        if (!(query.get("explain") instanceof Document inner) || inner.isEmpty()) {
            throw new MongoServerError(9, "FailedToParse", "explain needs a command document");
        }
        String command = inner.keySet().iterator().next();
        if (!command.equals("find") && !command.equals("count")) {
            throw new MongoServerError(2, "BadValue", "the embedded server explains find and count, not " + command);
        }
        Document run = new Document(inner);
        if (command.equals("find")) {
            run.put("batchSize", Integer.MAX_VALUE);
            run.remove("singleBatch");
        }
        Document reply;
        List<QueryStats.Execution> executions;
        commandsVsCommit.readLock().lock();
        try (QueryStats.Capture capture = QueryStats.capture()) {
            reply = super.handleCommand(channel, database, command, run);
            executions = capture.executions();
        } finally {
            commandsVsCommit.readLock().unlock();
        }
        long returned;
        if (command.equals("find")) {
            Document cursor = (Document) reply.get("cursor");
            returned = ((List<?>) cursor.get("firstBatch")).size();
        } else {
            returned = ((Number) reply.get("n")).longValue();
        }
        Document plan = executions.isEmpty() ? new Document("stage", "EOF") : executions.get(0).winningPlan();
        long keys = executions.stream().mapToLong(e -> e.keysExamined).sum();
        long documents = executions.stream().mapToLong(e -> e.docsExamined).sum();
        Document filter = (Document) inner.getOrDefault(command.equals("find") ? "filter" : "query", new Document());
        Document result = new Document("queryPlanner", new Document("namespace", database + "." + inner.get(command))
                .append("parsedQuery", filter)
                .append("winningPlan", plan)
                .append("rejectedPlans", List.of()))
                .append("executionStats", new Document("executionSuccess", true)
                        .append("nReturned", returned)
                        .append("totalKeysExamined", keys)
                        .append("totalDocsExamined", documents)
                        .append("executionStages", plan));
        Utils.markOkay(result);
        return result;
    }
}
