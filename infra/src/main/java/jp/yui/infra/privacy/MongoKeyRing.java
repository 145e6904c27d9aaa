package jp.yui.infra.privacy;

import static com.mongodb.client.model.Filters.eq;

import java.security.SecureRandom;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Binary;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Keys on a replica set: one document per person in {@value #COLLECTION}, which can be given a database of its own
 * (and a backup schedule of its own: a backup that still holds a key can still open what it sealed). Destroying a
 * key replaces the document with a tombstone.
 */
public final class MongoKeyRing implements KeyRing {

    public static final String COLLECTION = "personal_keys";

    private final MongoCollection<Document> keys;
    private final SecureRandom random = new SecureRandom();

    public MongoKeyRing(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<byte[]> find(String subjectId) {
        Document d = keys.find(eq("_id", subjectId)).first();
        return d == null || d.get("key") == null ? Optional.empty() : Optional.of(d.get("key", Binary.class).getData());
    }

    @Override
    public Optional<byte[]> findOrCreate(String subjectId) {
        Document d = keys.find(eq("_id", subjectId)).first();
        if (d != null) {
            return d.get("key") == null ? Optional.empty() : Optional.of(d.get("key", Binary.class).getData());
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        try {
            keys.insertOne(new Document("_id", subjectId).append("key", new Binary(key)).append("created", new Date()));
            return Optional.of(key);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return find(subjectId);
            }
            throw e;
        }
    }

    @Override
    public void destroy(String subjectId) {
        keys.replaceOne(eq("_id", subjectId), new Document("_id", subjectId).append("erased", new Date()),
                new ReplaceOptions().upsert(true));
    }
}
