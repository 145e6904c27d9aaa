package jp.yui.infra.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;

/**
 * The in-process MongoDB used when no {@code MONGODB_URI} is given: mongo-java-server with its H2 backend,
 * one file in the data directory, listening on loopback so ordinary MongoDB tools can look inside.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    public static final String DATA_FILE = "yui.mv.db";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    static final String MAINTENANCE_THREAD = "embedded-mongo-maintenance";
    /**
     * While commands write, one compaction step rewrites or moves at most {@link #COMPACT_STEP_BYTES} while less than
     * this share (percent) of the chunks or of the file is live (see {@link DurableH2Backend#compactStep}): after every
     * {@link #COMMITS_PER_STEP} commits, or after {@link #COMPACT_PERIOD_MILLIS} when there were fewer, so that
     * compaction keeps pace with the writes. Chosen with the infra test DataFileSizeTest and ops'
     * EventStoreBenchmark: at a fixed ten steps a second the file stayed within 2.4-3 times its live data at 400-700
     * commits a second but reached 3.3 times at 1,200; once a second, 2 MiB steps left it at 3.3-4 times.
     */
    private static final int TARGET_FILL_RATE = 80;
    private static final int COMPACT_STEP_BYTES = 256 * 1024;
    private static final int COMMITS_PER_STEP = 50;
    private static final long COMPACT_PERIOD_MILLIS = 100;
    private static final long COMPACT_POLL_MILLIS = 10;

    private final MongoServer server;
    private final DurableH2Backend backend;
    private final InetSocketAddress address;
    private final ScheduledExecutorService maintenance;
    private final Path file;

    private EmbeddedMongoServer(MongoServer server, DurableH2Backend backend, InetSocketAddress address, Path file) {
        this.file = file;
        this.server = server;
        this.backend = backend;
        this.address = address;
        this.maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, MAINTENANCE_THREAD);
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleWithFixedDelay(this::compact, COMPACT_POLL_MILLIS, COMPACT_POLL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Opens (or creates) the store in {@code dataDirectory} and listens on 127.0.0.1.
     *
     * @param port  the port to listen on; 0 picks a free one
     * @param fsync force every acknowledged write to the device, not only to the file
     */
    public static EmbeddedMongoServer start(Path dataDirectory, int port, boolean fsync) {
        return start(dataDirectory, port, fsync, "");
    }

    /**
     * As {@link #start(Path, int, boolean)}, with the data file opened through an H2 file system
     * ({@code fileSystem} is its prefix, such as {@code "nio:"}; empty for the default), so tests can watch what
     * reaches the device.
     */
    static EmbeddedMongoServer start(Path dataDirectory, int port, boolean fsync, String fileSystem) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dataDirectory, e);
        }
        Path file = dataDirectory.resolve(DATA_FILE).toAbsolutePath();
        MVStore store = DurableH2Backend.openStore(fileSystem + file);
        int format;
        try {
            format = StoreFormat.check(store, file.toString());
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
        // Opens every database, and builds the indexes an older format lacks.
        DurableH2Backend backend = new DurableH2Backend(store, fsync);
        if (format < StoreFormat.CURRENT) {
            StoreFormat.upgraded(store, file.toString());
        }
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB on {}:{} with data file {} (fsync: {})",
                address.getHostString(), address.getPort(), file, fsync);
        return new EmbeddedMongoServer(server, backend, address, file);
    }

    /**
     * Hands every query the server runs from now on to {@code recorder} (on the thread that ran it), until the returned
     * handle is closed: what tests use to assert that no query scans.
     */
    public AutoCloseable recordQueries(java.util.function.Consumer<ExaminedQuery> recorder) {
        return backend.recordQueries(recorder);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    private void compact() {
        try {
            backend.compactStep(TARGET_FILL_RATE, COMPACT_STEP_BYTES, COMMITS_PER_STEP,
                    TimeUnit.MILLISECONDS.toNanos(COMPACT_PERIOD_MILLIS));
        } catch (RuntimeException e) {
            log.warn("Compacting the embedded store failed; will try again", e);
        }
    }

    /**
     * Rewrites the file so that only live data remains in it (before backups, after bulk loads).
     * Writes wait while it runs; it goes on in rounds of ten seconds while a round still shrinks the file by more
     * than one percent.
     */
    public void compactFile() {
        long before = fileSize();
        while (true) {
            backend.compactFile(10_000);
            long after = fileSize();
            if (after >= before * 0.99) {
                return;
            }
            before = after;
        }
    }

    private long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // Not shutdownNow: an interrupt during a compaction step's file I/O closes H2's file channel
        // (ClosedByInterruptException) under every other user of the store. A step is bounded; let it finish.
        maintenance.shutdown();
        try {
            if (!maintenance.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("The embedded store's maintenance step did not finish within 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.shutdownNow();
        backend.close();
    }
}
