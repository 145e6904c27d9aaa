package jp.yui.infra.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;

import jp.yui.domain.shared.query.ViewStore;
import jp.yui.infra.serialization.YuiSerializers;

/**
 * A {@link ViewStore} in one MongoDB collection: {@code {_id, organizationId, view}}, the view written by Jackson
 * (plain values, java.time as ISO strings, no type information). Saving replaces the document.
 */
public final class MongoViewStore<V> implements ViewStore<V> {

    private static final ObjectMapper JSON = YuiSerializers.objectMapper();

    private final MongoCollection<Document> views;
    private final Class<V> type;

    public MongoViewStore(MongoDatabase database, String collection, Class<V> type) {
        this.views = database.getCollection(collection);
        this.type = type;
        views.createIndex(Indexes.ascending("organizationId"), new IndexOptions().name("by_organization"));
    }

    @Override
    public Optional<V> find(String id) {
        return Optional.ofNullable(views.find(eq("_id", id)).first()).map(this::toView);
    }

    @Override
    public List<V> findByOrganization(String organizationId) {
        List<Document> found = views.find(eq("organizationId", organizationId)).into(new ArrayList<>());
        found.sort(Comparator.comparing(d -> d.getString("_id")));
        return found.stream().map(this::toView).toList();
    }

    @Override
    public void save(String id, String organizationId, V view) {
        Document document = new Document("_id", id).append("organizationId", organizationId)
                .append("view", Document.parse(write(view)));
        views.replaceOne(eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public void deleteAll() {
        views.deleteMany(new Document());
    }

    private String write(V view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a " + type.getSimpleName() + " view", e);
        }
    }

    private V toView(Document document) {
        try {
            return JSON.readValue(document.get("view", Document.class).toJson(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a " + type.getSimpleName() + " view", e);
        }
    }
}
