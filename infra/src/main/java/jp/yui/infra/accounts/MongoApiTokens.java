package jp.yui.infra.accounts;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

/**
 * API tokens, one document per token in {@value #COLLECTION}, keyed by the SHA-256 of the token so that
 * authenticating a request is one key lookup; the token itself is never stored. A login's tokens are found through
 * the index on {@code username} (then {@code tokenId}), so listing and revoking are index lookups too.
 */
public final class MongoApiTokens {

    public static final String COLLECTION = "api_tokens";
    public static final String BY_USER = "by_user";

    private final MongoCollection<Document> tokens;

    public MongoApiTokens(MongoDatabase database) {
        this.tokens = database.getCollection(COLLECTION);
        tokens.createIndex(Indexes.ascending("username", "tokenId"), new IndexOptions().name(BY_USER));
    }

    /** Stores a new token under the hash of its secret. */
    public void store(String hash, ApiToken token) {
        Document document = new Document("_id", hash).append("tokenId", token.tokenId())
                .append("username", token.username()).append("name", token.name())
                .append("createdAt", Date.from(token.createdAt())).append("expiresAt", Date.from(token.expiresAt()));
        if (token.lastUsed() != null) {
            document.append("lastUsed", Date.from(token.lastUsed()));
        }
        tokens.insertOne(document);
    }

    /** The token whose secret has this hash, expired or not. */
    public Optional<ApiToken> findByHash(String hash) {
        return Optional.ofNullable(tokens.find(eq("_id", hash)).first()).map(MongoApiTokens::token);
    }

    /** The login's tokens, oldest first. */
    public List<ApiToken> ofUser(String username) {
        List<ApiToken> found = new ArrayList<>();
        for (Document d : tokens.find(eq("username", username))) {
            found.add(token(d));
        }
        found.sort(Comparator.comparing(ApiToken::createdAt).thenComparing(ApiToken::tokenId));
        return found;
    }

    /** Deletes the login's token with this id; false when the login has no such token. */
    public boolean revoke(String username, String tokenId) {
        return tokens.deleteOne(and(eq("username", username), eq("tokenId", tokenId))).getDeletedCount() == 1;
    }

    /** Records when the token was used. */
    public void markUsed(String hash, Instant at) {
        tokens.updateOne(eq("_id", hash), Updates.set("lastUsed", Date.from(at)));
    }

    private static ApiToken token(Document d) {
        Date lastUsed = d.getDate("lastUsed");
        return new ApiToken(d.getString("tokenId"), d.getString("username"), d.getString("name"),
                d.getDate("createdAt").toInstant(), d.getDate("expiresAt").toInstant(),
                lastUsed == null ? null : lastUsed.toInstant());
    }
}
