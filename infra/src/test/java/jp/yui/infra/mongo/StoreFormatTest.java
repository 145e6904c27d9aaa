package jp.yui.infra.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/** A data file of storage format 2 (non-unique indexes described but never kept) gets them built when opened. */
class StoreFormatTest {

    @TempDir
    Path dir;

    @Test
    void aFormatTwoFileGetsItsNonUniqueIndexesBuiltAtStart() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> views = client.getDatabase("yui").getCollection("view_runs");
            views.createIndex(Indexes.ascending("organizationId"), new IndexOptions().name("by_organization"));
            for (int i = 0; i < 300; i++) {
                views.insertOne(new Document("_id", "run" + i).append("organizationId", "org" + i % 3));
            }
        }
        // What format 2 left: the index's description, no entries, and version 2.
        try (MVStore store = DurableH2Backend.openStore(dir.resolve(EmbeddedMongoServer.DATA_FILE).toString())) {
            List<String> indexMaps = store.getMapNames().stream()
                    .filter(name -> name.contains("view_runs._index_by_organization")).toList();
            assertThat(indexMaps).hasSize(1);
            store.removeMap(indexMaps.get(0));
            store.<String, Integer>openMap("yui.store-format").put("version", 2);
            store.commit();
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> views = client.getDatabase("yui").getCollection("view_runs");
            List<String> org1 = views.find(eq("organizationId", "org1")).map(d -> d.getString("_id")).into(new ArrayList<>());
            assertThat(org1).hasSize(100).allMatch(id -> Integer.parseInt(id.substring(3)) % 3 == 1);
            Document explain = views.find(eq("organizationId", "org1")).explain(ExplainVerbosity.EXECUTION_STATS);
            assertThat(((Number) explain.get("executionStats", Document.class).get("totalDocsExamined")).longValue())
                    .isEqualTo(100);
        }
        try (MVStore store = DurableH2Backend.openStore(dir.resolve(EmbeddedMongoServer.DATA_FILE).toString())) {
            assertThat(store.<String, Integer>openMap("yui.store-format").get("version")).isEqualTo(StoreFormat.CURRENT);
        }
    }
}
