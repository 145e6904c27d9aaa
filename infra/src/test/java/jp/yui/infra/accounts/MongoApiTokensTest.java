package jp.yui.infra.accounts;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.MongoDatabase;

import jp.yui.infra.eventstore.EmbeddedStore;

/** API tokens are found by the hash of their secret, and a login's tokens through its index, never by a scan. */
class MongoApiTokensTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static ApiToken token(String id, String user, int minutes) {
        return new ApiToken(id, user, "label " + id, T0.plusSeconds(60L * minutes), T0.plusSeconds(86_400), null);
    }

    @Test
    void tokensAreFoundByHashListedByLoginAndRevokedOnlyByTheirOwnLogin() {
        MongoDatabase database = store.client().getDatabase(store.freshDatabase());
        MongoApiTokens tokens = new MongoApiTokens(database);
        tokens.store("h1", token("t1", "alice", 2));
        tokens.store("h2", token("t2", "alice", 1));
        tokens.store("h3", token("t3", "bob", 0));
        for (int i = 0; i < 20; i++) {
            tokens.store("other" + i, token("o" + i, "user" + i, 0));
        }

        assertThat(tokens.findByHash("h1")).contains(token("t1", "alice", 2));
        assertThat(tokens.findByHash("t1")).as("the id is not the key").isEmpty();
        assertThat(tokens.ofUser("alice")).extracting(ApiToken::tokenId).containsExactly("t2", "t1");

        Document explain = database.getCollection(MongoApiTokens.COLLECTION).find(eq("username", "alice"))
                .explain(ExplainVerbosity.EXECUTION_STATS);
        assertThat(explain.toJson()).contains(MongoApiTokens.BY_USER).doesNotContain("COLLSCAN");
        Document stats = explain.get("executionStats", Document.class);
        assertThat(((Number) stats.get("totalDocsExamined")).longValue()).isEqualTo(2);

        long scans = collectionScans();
        assertThat(tokens.revoke("bob", "t1")).as("another login's token").isFalse();
        assertThat(tokens.revoke("alice", "t1")).isTrue();
        assertThat(tokens.revoke("alice", "t1")).as("already revoked").isFalse();
        tokens.markUsed("h2", T0.plusSeconds(600));
        assertThat(tokens.findByHash("h2").orElseThrow().lastUsed()).isEqualTo(T0.plusSeconds(600));
        assertThat(collectionScans()).as("no collection scan").isEqualTo(scans);

        assertThat(tokens.findByHash("h1")).isEmpty();
        assertThat(tokens.ofUser("alice")).extracting(ApiToken::tokenId).containsExactly("t2");
        assertThat(tokens.ofUser("bob")).extracting(ApiToken::tokenId).containsExactly("t3");
        List<Document> indexes = database.getCollection(MongoApiTokens.COLLECTION).listIndexes()
                .into(new ArrayList<>());
        assertThat(indexes).anySatisfy(i -> assertThat(i.getString("name")).isEqualTo(MongoApiTokens.BY_USER));
    }

    @Test
    void aTokenExpiresAtItsExpiryInstant() {
        ApiToken token = token("t", "alice", 0);
        assertThat(token.isExpiredAt(token.expiresAt().minusMillis(1))).isFalse();
        assertThat(token.isExpiredAt(token.expiresAt())).isTrue();
    }

    private long collectionScans() {
        Document status = store.client().getDatabase("admin").runCommand(new Document("serverStatus", 1));
        Document queryExecutor = status.get("metrics", Document.class).get("queryExecutor", Document.class);
        return ((Number) queryExecutor.get("collectionScans", Document.class).get("total")).longValue();
    }
}
