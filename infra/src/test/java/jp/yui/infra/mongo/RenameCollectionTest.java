package jp.yui.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.RenameCollectionOptions;

/**
 * A view rebuilt into a shadow collection replaces the live one by {@code renameCollection} with {@code dropTarget}:
 * the renamed documents and their indexes must be there after a restart, and the old live collection gone.
 */
class RenameCollectionTest {

    @TempDir
    Path dir;

    @Test
    void aCollectionRenamedOverAnotherKeepsItsDocumentsAndIndexesAcrossARestart() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoDatabase db = client.getDatabase("yui");
            MongoCollection<Document> live = db.getCollection("view_things");
            live.createIndex(Indexes.ascending("organizationId"), new IndexOptions().name("by_organization"));
            live.createIndex(Indexes.ascending("code"), new IndexOptions().name("by_code").unique(true));
            live.insertOne(new Document("_id", "old").append("organizationId", "o").append("code", 1));
            MongoCollection<Document> shadow = db.getCollection("view_things__rebuild");
            shadow.createIndex(Indexes.ascending("organizationId"), new IndexOptions().name("by_organization"));
            shadow.createIndex(Indexes.ascending("code"), new IndexOptions().name("by_code").unique(true));
            for (int i = 0; i < 200; i++) {
                shadow.insertOne(new Document("_id", "t" + i).append("organizationId", "o" + (i % 10)).append("code", i));
            }

            shadow.renameCollection(new MongoNamespace("yui", "view_things"), new RenameCollectionOptions().dropTarget(true));

            assertThings(db);
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            assertThings(client.getDatabase("yui"));
        }
    }

    private static void assertThings(MongoDatabase db) {
        assertThat(db.listCollectionNames().into(new ArrayList<>())).contains("view_things")
                .doesNotContain("view_things__rebuild");
        MongoCollection<Document> things = db.getCollection("view_things");
        assertThat(things.countDocuments()).isEqualTo(200);
        assertThat(things.find(Filters.eq("_id", "old")).first()).isNull();
        assertThat(things.find(Filters.eq("organizationId", "o3")).into(new ArrayList<>())).hasSize(20);
        assertThat(things.find(Filters.eq("organizationId", "o3")).explain().toJson()).contains("IXSCAN")
                .contains("by_organization");
        assertThat(things.find(Filters.eq("_id", "t42")).first().getInteger("code")).isEqualTo(42);
        assertThatThrownBy(() -> things.insertOne(new Document("_id", "again").append("organizationId", "o").append("code", 42)))
                .isInstanceOf(MongoWriteException.class);
        // A new document is indexed too.
        things.insertOne(new Document("_id", "new-" + System.nanoTime()).append("organizationId", "fresh")
                .append("code", 1000 + (int) (System.nanoTime() % 1000)));
        assertThat(things.find(Filters.eq("organizationId", "fresh")).into(new ArrayList<>())).isNotEmpty();
        things.deleteMany(Filters.eq("organizationId", "fresh"));
    }
}
