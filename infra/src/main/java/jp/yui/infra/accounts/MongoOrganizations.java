package jp.yui.infra.accounts;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

/**
 * The organizations the service keeps records for, one document per organization id (the slug in every path): the
 * name its pages show and its district. Few (a city has a handful to a few dozen), so the list is read whole.
 */
public final class MongoOrganizations {

    public static final String COLLECTION = "organizations";

    public record Organization(String id, String name, String district) {
    }

    private final MongoCollection<Document> organizations;

    public MongoOrganizations(MongoDatabase database) {
        this.organizations = database.getCollection(COLLECTION);
    }

    public Optional<Organization> find(String id) {
        return Optional.ofNullable(organizations.find(eq("_id", id)).first()).map(MongoOrganizations::of);
    }

    /** Every organization, in id order (key order of {@code _id}). */
    public List<Organization> list() {
        List<Organization> all = new ArrayList<>();
        for (Document d : organizations.find().sort(Sorts.ascending("_id"))) {
            all.add(of(d));
        }
        return all;
    }

    /** Registers the organization or renames it. */
    public void save(Organization organization) {
        organizations.replaceOne(eq("_id", organization.id()), new Document("_id", organization.id())
                .append("name", organization.name()).append("district", organization.district()),
                new ReplaceOptions().upsert(true));
    }

    private static Organization of(Document d) {
        return new Organization(d.getString("_id"), d.getString("name"), d.getString("district"));
    }
}
