package jp.yui.infra.mongo;

import java.nio.file.Path;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

/**
 * Run in its own JVM by {@link IndexCrashTest}: inserts and updates indexed documents without end, printing the
 * number of each acknowledged insert, until it is killed.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long from = Long.parseLong(args[1]);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            docs.createIndex(Indexes.ascending("group"), new IndexOptions().name("by_group"));
            docs.createIndex(Indexes.ascending("group", "n"), new IndexOptions().name("by_group_n"));
            for (long n = from; ; n++) {
                docs.insertOne(new Document("_id", n).append("group", "g" + n % 10).append("n", n)
                        .append("tags", java.util.List.of("t" + n % 3, "t" + (n % 5 + 3))));
                if (n % 3 == 0 && n > 5) {
                    docs.updateOne(Filters.eq("_id", n - 5), Updates.set("group", "moved" + n % 4));
                }
                System.out.println(n);
                System.out.flush();
            }
        }
    }
}
