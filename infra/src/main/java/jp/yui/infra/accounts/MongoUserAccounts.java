package jp.yui.infra.accounts;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/** Login accounts, one document per user name. */
public final class MongoUserAccounts {

    public static final String COLLECTION = "users";

    private final MongoCollection<Document> users;

    public MongoUserAccounts(MongoDatabase database) {
        this.users = database.getCollection(COLLECTION);
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.find(eq("_id", username)).first()).map(d -> new UserAccount(
                d.getString("_id"), d.getString("passwordHash"), d.getList("roles", String.class),
                d.getString("organizationId")));
    }

    /** Every account, in user-name order. */
    public List<UserAccount> list() {
        List<UserAccount> all = new java.util.ArrayList<>();
        for (Document d : users.find()) {
            all.add(new UserAccount(d.getString("_id"), d.getString("passwordHash"), d.getList("roles", String.class),
                    d.getString("organizationId")));
        }
        all.sort(java.util.Comparator.comparing(UserAccount::username));
        return all;
    }

    public boolean isEmpty() {
        return users.countDocuments() == 0;
    }

    /** Stores the account unless one with that user name exists; returns whether it was stored. */
    public boolean createIfAbsent(UserAccount account) {
        try {
            users.insertOne(new Document("_id", account.username())
                    .append("passwordHash", account.passwordHash())
                    .append("roles", List.copyOf(account.roles()))
                    .append("organizationId", account.organizationId()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
