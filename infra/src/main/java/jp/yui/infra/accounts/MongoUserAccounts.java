package jp.yui.infra.accounts;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * Login accounts, one document per user name. An organization's logins are found through the index on
 * {@code organizationId}, so its admin's list is an index lookup, not a scan of every login.
 */
public final class MongoUserAccounts {

    public static final String COLLECTION = "users";
    public static final String BY_ORGANIZATION = "by_organization";

    private final MongoCollection<Document> users;

    public MongoUserAccounts(MongoDatabase database) {
        this.users = database.getCollection(COLLECTION);
        users.createIndex(Indexes.ascending("organizationId"), new IndexOptions().name(BY_ORGANIZATION));
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.find(eq("_id", username)).first()).map(MongoUserAccounts::account);
    }

    /** Every account, in user-name order. */
    public List<UserAccount> list() {
        return sorted(users.find());
    }

    /** The organization's accounts, in user-name order. */
    public List<UserAccount> ofOrganization(String organizationId) {
        return sorted(users.find(eq("organizationId", organizationId)));
    }

    private static List<UserAccount> sorted(Iterable<Document> found) {
        List<UserAccount> all = new ArrayList<>();
        for (Document d : found) {
            all.add(account(d));
        }
        all.sort(Comparator.comparing(UserAccount::username));
        return all;
    }

    private static UserAccount account(Document d) {
        return new UserAccount(d.getString("_id"), d.getString("passwordHash"), d.getList("roles", String.class),
                d.getString("organizationId"));
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
