package jp.yui.infra.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;

import jp.yui.domain.shared.query.ViewKey;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.infra.serialization.YuiSerializers;

/**
 * A {@link ViewStore} in one MongoDB collection: {@code {_id, organizationId, view}}, the view written by Jackson
 * (plain values, java.time as ISO strings, no type information) straight into BSON (see {@link ViewDocuments}),
 * and for each {@link ViewKey} its values under {@code keys.<name>} (an array), indexed with the organization. Saving
 * replaces the document; within an event processor's batch, saves are written together (see
 * {@link BatchedViewWrites}).
 */
public final class MongoViewStore<V> implements ViewStore<V> {

    private static final ObjectMapper JSON = YuiSerializers.objectMapper();

    private static final String KEYS = "keys";
    /** Which lookup keys each view collection has. */
    public static final String KEYS_COLLECTION = "view_keys";
    private static final Logger log = LoggerFactory.getLogger(MongoViewStore.class);

    private final MongoCollection<Document> views;
    private final Class<V> type;
    private final Map<String, ViewKey<V>> keys = new LinkedHashMap<>();

    @SafeVarargs
    public MongoViewStore(MongoDatabase database, String collection, Class<V> type, ViewKey<V>... keys) {
        this.views = database.getCollection(collection);
        this.type = type;
        views.createIndex(Indexes.ascending("organizationId"), new IndexOptions().name("by_organization"));
        for (ViewKey<V> key : keys) {
            this.keys.put(key.name(), key);
            views.createIndex(Indexes.ascending("organizationId", KEYS + "." + key.name()),
                    new IndexOptions().name("by_organization_" + key.name()));
        }
        addMissingKeys(database.getCollection(KEYS_COLLECTION), collection);
    }

    /**
     * Views saved before a key was declared lack its values: they are added once, from the views themselves, when the
     * store first starts with the new keys ({@value #KEYS_COLLECTION} remembers which keys each collection has).
     */
    private void addMissingKeys(MongoCollection<Document> declared, String collection) {
        String names = String.join(",", keys.keySet());
        Document known = declared.find(eq("_id", collection)).first();
        if (known != null && names.equals(known.getString(KEYS)) || known == null && keys.isEmpty()) {
            if (known == null) {
                declared.replaceOne(eq("_id", collection), new Document("_id", collection).append(KEYS, names),
                        new ReplaceOptions().upsert(true));
            }
            return;
        }
        long updated = 0;
        for (Document document : views.find()) {
            views.updateOne(eq("_id", document.get("_id")), new Document("$set", new Document(KEYS,
                    keyValues(toView(document)))));
            updated++;
        }
        if (updated > 0) {
            log.info("Lookup keys [{}] added to {} views of {}", names, updated, collection);
        }
        declared.replaceOne(eq("_id", collection), new Document("_id", collection).append(KEYS, names),
                new ReplaceOptions().upsert(true));
    }

    private Document keyValues(V view) {
        Document values = new Document();
        keys.forEach((name, key) -> values.append(name, List.copyOf(new LinkedHashSet<>(key.values().apply(view)))));
        return values;
    }

    @Override
    public Optional<V> find(String id) {
        Document unwritten = BatchedViewWrites.unwritten(views, id);
        if (unwritten != null) {
            return Optional.of(toView(unwritten));
        }
        return Optional.ofNullable(views.find(eq("_id", id)).first()).map(this::toView);
    }

    @Override
    public List<V> findByOrganization(String organizationId) {
        BatchedViewWrites.writeNow();
        List<Document> found = views.find(eq("organizationId", organizationId)).into(new ArrayList<>());
        found.sort(Comparator.comparing(d -> d.getString("_id")));
        return found.stream().map(this::toView).toList();
    }

    @Override
    public List<V> findBy(String organizationId, String key, String value) {
        if (!keys.containsKey(key)) {
            throw new IllegalArgumentException("No view key " + key + " in " + views.getNamespace());
        }
        BatchedViewWrites.writeNow();
        List<Document> found = views.find(and(eq("organizationId", organizationId), eq(KEYS + "." + key, value)))
                .into(new ArrayList<>());
        found.sort(Comparator.comparing(d -> d.getString("_id")));
        return found.stream().map(this::toView).toList();
    }

    @Override
    public void save(String id, String organizationId, V view) {
        Document document = new Document("_id", id).append("organizationId", organizationId)
                .append("view", ViewDocuments.toDocument(JSON, view));
        if (!keys.isEmpty()) {
            document.append(KEYS, keyValues(view));
        }
        Map<Object, Document> batch = BatchedViewWrites.pending(views);
        if (batch != null) {
            batch.put(id, document); // written with the rest of the batch (see BatchedViewWrites)
        } else {
            views.replaceOne(eq("_id", id), document, new ReplaceOptions().upsert(true));
        }
    }

    @Override
    public void deleteAll() {
        BatchedViewWrites.writeNow();
        views.deleteMany(new Document());
    }

    private V toView(Document document) {
        try {
            return ViewDocuments.fromDocument(JSON, document.get("view", Document.class), type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read a " + type.getSimpleName() + " view", e);
        }
    }
}
