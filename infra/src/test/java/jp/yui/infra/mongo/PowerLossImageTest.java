package jp.yui.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

import jp.yui.infra.mongo.ForceWatchingFilePath.Force;
import jp.yui.infra.mongo.ForceWatchingFilePath.Operation;
import jp.yui.infra.mongo.ForceWatchingFilePath.Truncate;
import jp.yui.infra.mongo.ForceWatchingFilePath.Write;

/**
 * With fsync, what a power loss can leave on the device: the file as it was at the last completed force, plus any
 * one of the writes made after it into space the file already had. With retention time 0 a later commit reuses the
 * space of freed chunks, so this checks that each such image opens and holds every write acknowledged before that
 * force (see {@link DurableH2Backend}).
 *
 * <p>Without the versions registered as in use it failed in each of three runs: a commit overwrote a chunk of the
 * chain H2 follows from the forced store header, and the image opened at an older version.
 */
class PowerLossImageTest {

    private static final int WRITERS = 12;
    private static final int PER_WRITER = 40;
    /**
     * H2's store header, two blocks at the start of the file. A new header that reaches the device before the chunk
     * it names makes H2 open an older version: a hazard of its own, with any retention time, not checked here.
     */
    private static final int STORE_HEADER_BYTES = 2 * 4096;

    @TempDir
    Path dir;

    @Test
    void everyImageAPowerLossCanLeaveHoldsEveryWriteAcknowledgedBeforeTheLastForce() throws Exception {
        Path live = dir.resolve("live");
        ForceWatchingFilePath.Device device = ForceWatchingFilePath.device(live.resolve(EmbeddedMongoServer.DATA_FILE));
        // A slow device lets several writers commit between two forces, as group commit does under load.
        device.record(15);
        Map<String, Long> forcesSeenAtAck = new ConcurrentHashMap<>();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(live, 0, true, ForceWatchingFilePath.prefix());
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < PER_WRITER; i++) {
                        String id = writer + "-" + i;
                        docs.insertOne(new Document("_id", id).append("padding", "x".repeat(300)));
                        forcesSeenAtAck.put(id, device.forces());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
        }

        List<Operation> operations = device.operations();
        byte[] image = new byte[0];
        byte[] lastForced = null;
        long forces = 0;
        int imagesChecked = 0;
        for (Operation operation : operations) {
            if (operation instanceof Force force) {
                lastForced = image.clone();
                forces = force.number();
                checkImage(lastForced, forces, forcesSeenAtAck, "the image of force " + forces);
                imagesChecked++;
            } else if (lastForced != null && operation instanceof Write write
                    && write.position() >= STORE_HEADER_BYTES && write.position() < lastForced.length) {
                // This write alone reached the device after the last force, overwriting space in the file.
                checkImage(apply(lastForced, write), forces, forcesSeenAtAck, "the image of force " + forces
                        + " with the " + write.bytes().length + " bytes written at " + write.position() + " after it");
                imagesChecked++;
            }
            image = operation instanceof Write write ? apply(image, write)
                    : operation instanceof Truncate truncate ? java.util.Arrays.copyOf(image, (int) truncate.size())
                    : image;
        }
        assertThat(imagesChecked).isGreaterThan(WRITERS);
    }

    private static byte[] apply(byte[] image, Write write) {
        int end = (int) write.position() + write.bytes().length;
        byte[] result = java.util.Arrays.copyOf(image, Math.max(image.length, end));
        System.arraycopy(write.bytes(), 0, result, (int) write.position(), write.bytes().length);
        return result;
    }

    /** The image opens, every page of the collection reads, and it holds each write acknowledged by force {@code k}. */
    private void checkImage(byte[] image, long k, Map<String, Long> forcesSeenAtAck, String description)
            throws Exception {
        Path file = dir.resolve("image.mv.db");
        Files.deleteIfExists(file);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(image);
        }
        Set<String> ids = new HashSet<>();
        try {
            MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
            try {
                if (store.hasMap("databases.yui.docs")) {
                    MVMap<Object, byte[]> docs = store.openMap("databases.yui.docs",
                            new MVMap.Builder<Object, byte[]>().valueType(ByteArrayDataType.INSTANCE));
                    docs.forEach((id, bson) -> ids.add(String.valueOf(id)));
                }
            } finally {
                store.closeImmediately();
            }
        } catch (RuntimeException e) {
            throw new AssertionError(description + " does not open", e);
        }
        forcesSeenAtAck.forEach((id, forces) -> {
            if (forces <= k) {
                assertThat(ids).as(description).contains(id);
            }
        });
    }
}
