package jp.yui.infra.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

/**
 * A process killed with SIGKILL in the middle of its writes leaves indexes that agree with their documents: every
 * acknowledged insert is there, and each index lists exactly the documents that have its values.
 */
class IndexCrashTest {

    @TempDir
    Path dir;

    @Test
    void indexesAgreeWithTheirDocumentsAfterAKill() throws Exception {
        long next = 0;
        for (int round = 0; round < 2; round++) {
            long acknowledged = writeUntilKilled(next, 400);
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
                 MongoClient client = MongoConnections.forEmbedded(server)) {
                MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
                List<Document> all = docs.find().into(new ArrayList<>());
                for (long n = 0; n <= acknowledged; n++) {
                    assertThat(docs.find(eq("_id", n)).first()).as("acknowledged insert %d", n).isNotNull();
                }
                Map<String, List<Long>> byGroup = new HashMap<>();
                for (Document d : all) {
                    byGroup.computeIfAbsent(d.getString("group"), g -> new ArrayList<>()).add(d.getLong("_id"));
                }
                for (Map.Entry<String, List<Long>> group : byGroup.entrySet()) {
                    List<Long> found = docs.find(eq("group", group.getKey())).map(d -> d.getLong("_id"))
                            .into(new ArrayList<>());
                    assertThat(found).as("group %s", group.getKey()).containsExactlyInAnyOrderElementsOf(group.getValue());
                }
                Document validate = client.getDatabase("yui").runCommand(new Document("validate", "docs"));
                Document keys = validate.get("keysPerIndex", Document.class);
                assertThat(((Number) keys.get("by_group")).longValue()).isEqualTo(all.size());
                assertThat(((Number) keys.get("by_group_n")).longValue()).isEqualTo(all.size());
                next = all.stream().mapToLong(d -> d.getLong("_id")).max().orElse(-1) + 1;
            }
        }
    }

    /** Starts a writer, kills it once it has {@code atLeast} acknowledged inserts, returns the last one it saw. */
    private long writeUntilKilled(long from, int atLeast) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, CrashingWriter.class.getName(), dir.toString(), Long.toString(from))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        AtomicLong last = new AtomicLong(-1);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && Instant.now().isBefore(deadline)) {
                if (line.matches("\\d+")) {
                    last.set(Long.parseLong(line));
                    if (last.get() - from + 1 >= atLeast) {
                        break;
                    }
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            writer.waitFor();
        }
        assertThat(last.get() - from + 1).as("acknowledged inserts before the kill").isGreaterThanOrEqualTo(atLeast);
        return last.get();
    }
}
