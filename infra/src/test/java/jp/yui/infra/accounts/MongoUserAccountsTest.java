package jp.yui.infra.accounts;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.MongoDatabase;

import jp.yui.infra.eventstore.EmbeddedStore;

/** An organization's logins are listed through the index on the organization, never by a scan of every login. */
class MongoUserAccountsTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    @Test
    void anOrganizationsLoginsAreFoundThroughItsIndexInUserNameOrder() {
        MongoDatabase database = store.client().getDatabase(store.freshDatabase());
        MongoUserAccounts accounts = new MongoUserAccounts(database);
        accounts.createIfAbsent(new UserAccount("zeta", "h", List.of("OPERATOR"), "minato"));
        accounts.createIfAbsent(new UserAccount("alpha", "h", List.of("ORG_ADMIN"), "minato"));
        accounts.createIfAbsent(new UserAccount("admin", "h", List.of("ADMIN"), null));
        for (int i = 0; i < 20; i++) {
            accounts.createIfAbsent(new UserAccount("user" + i, "h", List.of("VIEWER"), "other" + i));
        }

        assertThat(accounts.ofOrganization("minato")).extracting(UserAccount::username)
                .containsExactly("alpha", "zeta");
        assertThat(accounts.ofOrganization("nowhere")).isEmpty();
        assertThat(accounts.list()).hasSize(23);

        Document explain = database.getCollection(MongoUserAccounts.COLLECTION).find(eq("organizationId", "minato"))
                .explain(ExplainVerbosity.EXECUTION_STATS);
        assertThat(explain.toJson()).contains(MongoUserAccounts.BY_ORGANIZATION).doesNotContain("COLLSCAN");
        Document stats = explain.get("executionStats", Document.class);
        assertThat(((Number) stats.get("totalDocsExamined")).longValue()).isEqualTo(2);
    }
}
