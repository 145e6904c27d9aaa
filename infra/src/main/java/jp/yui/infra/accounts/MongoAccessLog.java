package jp.yui.infra.accounts;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

/**
 * 閲覧記録: who read or exported whose personal data, when, and through what. Entries name people by id only, never by
 * their data. Kept in {@value #COLLECTION}, read by the organization's admin.
 */
public final class MongoAccessLog {

    public static final String COLLECTION = "access_log";

    /** One access: {@code what} is the kind of read (e.g. {@code resident}, {@code run-sheet}). */
    public record Entry(Instant at, String user, String organizationId, String what, String path,
                        List<String> subjects) {
    }

    private final MongoCollection<Document> log;

    public MongoAccessLog(MongoDatabase database) {
        this.log = database.getCollection(COLLECTION);
        log.createIndex(Indexes.compoundIndex(Indexes.ascending("organizationId"), Indexes.descending("at")),
                new IndexOptions().name("by_organization_newest"));
    }

    public void record(Entry entry) {
        log.insertOne(new Document("at", Date.from(entry.at())).append("user", entry.user())
                .append("organizationId", entry.organizationId()).append("what", entry.what())
                .append("path", entry.path()).append("subjects", entry.subjects()));
    }

    /** The organization's entries, newest first, at most {@code limit}. */
    public List<Entry> of(String organizationId, int limit) {
        List<Entry> entries = new ArrayList<>();
        for (Document d : log.find(eq("organizationId", organizationId)).sort(Sorts.descending("at")).limit(limit)) {
            entries.add(new Entry(d.getDate("at").toInstant(), d.getString("user"), d.getString("organizationId"),
                    d.getString("what"), d.getString("path"), d.getList("subjects", String.class)));
        }
        return entries;
    }
}
