package jp.yui.infra.mongo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
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
 *
 * <p><b>Staying small.</b> Each commit writes a new chunk and leaves older ones partly or wholly dead. H2 frees a
 * dead chunk only after its retention time (45 s by default), so at a commit per write the file grew to about 50
 * times its live data; here the retention time is 0, and {@link #compactStep} rewrites the live pages of sparse
 * chunks and moves chunks into holes, a little at a time, under the exclusive lock like a commit.
 * <ul>
 * <li>A process crash loses nothing acknowledged: a chunk is freed only once no version newer than the last commit
 * needs it (H2 keeps dead chunks of the last versions and never frees one still live in the last commit), every
 * acknowledged write is in a commit that reached the file, and the OS keeps the file's writes in order for the
 * next process. Commands read only under the shared lock, so no cursor reads an old version across a commit
 * (mongo-java-server hands out {@code getMore} batches from memory).
 * <li>Power loss with {@code fsync}: only what was forced is on the device, and a commit after a force may reuse
 * the space of a freed chunk; if that write reached the device without the rest, the forced version must still
 * open. H2 finds it from the store header (rewritten only every few versions) along the chain of chunks written
 * since, so neither a chunk with pages of the forced version nor a chunk of that chain may be overwritten. So every
 * commit registers its version as in use ({@link MVStore#registerVersionUsage()}; H2 frees no chunk that died at or
 * after a version in use), and after a force only the versions older than the store header's are released.
 * H2's own chunk moves force the file before they overwrite anything.
 * </ul>
 */
final class DurableH2Backend extends H2Backend {

    private final MVStore store;
    private final boolean fsync;
    private final ReentrantReadWriteLock commandsVsCommit = new ReentrantReadWriteLock();
    private final Object syncMonitor = new Object();
    private volatile long lastCommittedVersion;
    private long lastSyncedVersion;
    /** With fsync: committed versions registered as in use, oldest first, from the forced store header's on. */
    private final Deque<Pin> pins = new ArrayDeque<>();
    /** Commits made for commands; compaction follows them and rests while there are none. */
    private final AtomicLong commandCommits = new AtomicLong();
    private long commandCommitsCompacted;
    private long lastCompactStep = System.nanoTime();

    /** A committed version registered as in use, so that H2 frees none of the chunks it needs. */
    private record Pin(long version, MVStore.TxCounter usage) {
    }

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
        if (fsync) {
            // What was in the file at opening is taken to be on the device.
            pins.add(new Pin(lastCommittedVersion, store.registerVersionUsage()));
        }
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
        MVStore store = new MVStore.Builder().fileName(fileName).autoCommitDisabled().keysPerPage(KEYS_PER_PAGE).open();
        // Not stored in the file: set at every opening. Safe as told in the class comment.
        store.setRetentionTime(0);
        return store;
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
        } else {
            // Another command's commit may have taken this command's changes and still be writing them: wait for it.
            commandsVsCommit.readLock().lock();
            commandsVsCommit.readLock().unlock();
            if (fsync) {
                // It may not have forced them yet.
                forceToDevice(lastCommittedVersion);
            }
        }
        return reply;
    }

    /** Legacy queries (OP_QUERY) read under the shared lock too, never across a commit. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        commandsVsCommit.readLock().lock();
        try {
            return super.handleQuery(query);
        } finally {
            commandsVsCommit.readLock().unlock();
        }
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
            version = committed();
            commandCommits.incrementAndGet();
        } finally {
            commandsVsCommit.writeLock().unlock();
        }
        if (fsync) {
            forceToDevice(version);
        }
    }

    /** Notes a commit just made; the caller holds the exclusive lock, so nothing has changed since. */
    private long committed() {
        long version = store.getCurrentVersion();
        if (fsync) {
            synchronized (pins) {
                pins.add(new Pin(version, store.registerVersionUsage()));
            }
        }
        lastCommittedVersion = version;
        return version;
    }

    private void forceToDevice(long version) {
        synchronized (syncMonitor) {
            if (lastSyncedVersion >= version) {
                return;
            }
            long covered;
            long header;
            commandsVsCommit.readLock().lock();
            try {
                // No commit runs now: every version up to this one, and the header naming it or an older one, are
                // in the file.
                covered = lastCommittedVersion;
                header = DataUtils.readHexLong(store.getStoreHeader(), "version", 0);
            } finally {
                commandsVsCommit.readLock().unlock();
            }
            store.sync();
            lastSyncedVersion = covered;
            synchronized (pins) {
                // Keep the newest pin at or below the forced header's version, which keeps the chain from it.
                while (pins.size() > 1 && pins.stream().skip(1).findFirst().orElseThrow().version() <= header) {
                    store.deregisterVersionUsage(pins.removeFirst().usage());
                }
            }
        }
    }

    /**
     * One bounded step of keeping the file small, run exclusively like a commit: when less than
     * {@code targetFillRate} percent of the chunks' space is live, rewrites the live pages of the sparsest chunks
     * (at most {@code maxBytes}) so that those chunks die and are freed; when less than that share of the file is
     * in use, moves at most {@code maxBytes} of chunks from its end into holes, and the file shrinks.
     * Runs once {@code commits} commands committed since the last step, or once {@code periodNanos} passed and any
     * did; never without: the pages it rewrites may have to go to the end of the file before older chunks die, so an
     * idle store is left alone and its file does not grow.
     *
     * @return whether it wrote anything
     */
    boolean compactStep(int targetFillRate, int maxBytes, int commits, long periodNanos) {
        long committed = commandCommits.get() - commandCommitsCompacted;
        if (committed == 0 || committed < commits && System.nanoTime() - lastCompactStep < periodNanos) {
            return false;
        }
        long version;
        commandsVsCommit.writeLock().lock();
        try {
            if (store.isClosed()) {
                return false;
            }
            commandCommitsCompacted = commandCommits.get();
            lastCompactStep = System.nanoTime();
            long before = store.getCurrentVersion();
            if (store.compact(targetFillRate, maxBytes)) {
                store.commit();
            }
            if (store.getFillRate() < targetFillRate && store.getFileStore() instanceof RandomAccessStore file) {
                file.compactMoveChunks(targetFillRate, maxBytes, store);
            }
            if (store.getCurrentVersion() == before) {
                return false;
            }
            version = committed();
        } finally {
            commandsVsCommit.writeLock().unlock();
        }
        if (fsync) {
            forceToDevice(version);
        }
        return true;
    }

    /** Moves chunks together and shrinks the file; used at shutdown when nobody writes any more. */
    void compactFile(int maxMillis) {
        long version;
        commandsVsCommit.writeLock().lock();
        try {
            if (store.isClosed()) {
                return;
            }
            store.compactFile(maxMillis);
            version = committed();
        } finally {
            commandsVsCommit.writeLock().unlock();
        }
        if (fsync) {
            forceToDevice(version);
        }
    }

    @Override
    public void close() {
        commandsVsCommit.writeLock().lock();
        try {
            synchronized (pins) {
                // The clean close commits and forces everything; H2 checks that no version is still in use.
                pins.forEach(pin -> store.deregisterVersionUsage(pin.usage()));
                pins.clear();
            }
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
