package jp.yui.infra.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;

import jp.yui.domain.transport.query.BookedRide;
import jp.yui.domain.transport.query.RideFact;
import jp.yui.domain.transport.query.RideFact.BucketKey;
import jp.yui.domain.transport.query.RidershipMonth;
import jp.yui.domain.transport.query.RidershipRepository;
import jp.yui.infra.serialization.YuiSerializers;

/**
 * The ridership rollups in two collections. {@value #FACTS}: one document per fact ({@link RideFact}, written by
 * Jackson, {@code _id} the fact's id), indexed by organization, service and month. {@value #MONTHS}: one document per
 * month bucket, {@code _id} = organization|service|month, indexed by organization and month so that a range of months
 * is one index range read. Facts saved in an event processor's batch are written with the batch's views; the buckets
 * they touched are recomputed from their facts once, right after ({@link BatchedViewWrites#afterWrites}).
 */
public final class MongoRidershipRepository implements RidershipRepository {

    public static final String FACTS = "view_ridership_facts";
    public static final String MONTHS = "view_ridership_months";
    /** The per-booking view before the month rollups; rebuilt as facts by the renamed processor. */
    static final String OLD_BOOKINGS = "view_ridership_bookings";

    private static final ObjectMapper JSON = YuiSerializers.objectMapper();
    private static final String TOUCHED = MongoRidershipRepository.class.getName() + ".touched";
    /** Buckets whose facts are kept in memory (a service's month: some hundreds to a few thousand facts). */
    private static final int BUCKETS = 64;

    private final MongoCollection<Document> facts;
    private final MongoCollection<Document> months;

    private final ViewCache<RideFact> cache;
    /**
     * With the cache: the facts of recently recomputed buckets, by bucket id then fact id, kept up to date by
     * {@link #save}, so that recomputing a bucket again reads nothing (one index read when it is first recomputed).
     */
    private final ViewCache<Map<String, RideFact>> buckets;

    public MongoRidershipRepository(MongoDatabase database) {
        this(database, "", false);
    }

    /**
     * @param suffix after the collections' names: {@code ""} for the live ones, another for a rebuild's
     * @param cache  whether the facts this repository's processor saved and read are kept for it ({@link ViewCache}:
     *               only with the embedded store); a collection of facts still empty starts known to be empty
     */
    public MongoRidershipRepository(MongoDatabase database, String suffix, boolean cache) {
        this.facts = database.getCollection(FACTS + suffix);
        this.months = database.getCollection(MONTHS + suffix);
        if (suffix.isEmpty()) {
            database.getCollection(OLD_BOOKINGS).drop();
        }
        facts.createIndex(Indexes.ascending("organizationId", "serviceId", "month"),
                new IndexOptions().name("by_bucket"));
        months.createIndex(Indexes.ascending("organizationId", "month"), new IndexOptions().name("by_month"));
        this.cache = cache ? new ViewCache<>(FACTS + suffix, CachedViewStore.CAPACITY * 4,
                facts.estimatedDocumentCount() == 0) : null;
        this.buckets = cache ? new ViewCache<>(FACTS + suffix, BUCKETS, false) : null;
    }

    @Override
    public Optional<RideFact> fact(String id) {
        return cache == null ? read(id) : cache.find(id, () -> read(id));
    }

    private Optional<RideFact> read(String id) {
        Document unwritten = BatchedViewWrites.unwritten(facts, id);
        Document found = unwritten != null ? unwritten : facts.find(eq("_id", id)).first();
        return Optional.ofNullable(found).map(d -> read(d, RideFact.class));
    }

    @Override
    public void save(RideFact fact, Optional<RideFact> replaced) {
        Document document = write(fact).append("_id", fact.id());
        Set<BucketKey> touched = new LinkedHashSet<>();
        replaced.map(RideFact::bucket).ifPresent(touched::add);
        if (fact.bucket() != null) {
            touched.add(fact.bucket());
        }
        Map<Object, Document> batch = BatchedViewWrites.pending(facts);
        if (batch == null) {
            facts.replaceOne(eq("_id", fact.id()), document, new ReplaceOptions().upsert(true));
            if (cache != null) {
                cache.saved(fact.id(), fact);
                buckets.forgetValues();
            }
            recompute(touched);
            return;
        }
        batch.put(fact.id(), document);
        if (cache != null) {
            cache.saved(fact.id(), fact);
            replaced.map(RideFact::bucket).flatMap(b -> buckets.cached(bucketId(b)))
                    .ifPresent(f -> f.remove(fact.id()));
            if (fact.bucket() != null) {
                buckets.cached(bucketId(fact.bucket())).ifPresent(f -> f.put(fact.id(), fact));
            }
        }
        BatchedViewWrites.afterWrites(TOUCHED, LinkedHashSet<BucketKey>::new, this::recompute).addAll(touched);
    }

    /** Each bucket from all its facts: one index lookup per bucket, one bulk write for all. */
    private void recompute(Set<BucketKey> touched) {
        List<WriteModel<Document>> writes = new ArrayList<>(touched.size());
        for (BucketKey bucket : touched) {
            String id = bucketId(bucket);
            Collection<RideFact> found = buckets == null ? facts(bucket).values()
                    : buckets.find(id, () -> Optional.of(facts(bucket))).orElseThrow().values();
            if (found.isEmpty()) {
                writes.add(new DeleteOneModel<>(eq("_id", id)));
            } else {
                writes.add(new ReplaceOneModel<>(eq("_id", id),
                        write(RidershipMonth.of(bucket, found)).append("_id", id), new ReplaceOptions().upsert(true)));
            }
        }
        if (!writes.isEmpty()) {
            months.bulkWrite(writes);
        }
    }

    private Map<String, RideFact> facts(BucketKey bucket) {
        Map<String, RideFact> found = new HashMap<>();
        for (Document d : facts.find(and(eq("organizationId", bucket.organizationId()),
                eq("serviceId", bucket.serviceId()), eq("month", bucket.month())))) {
            RideFact fact = read(d, RideFact.class);
            found.put(fact.id(), fact);
        }
        return found;
    }

    private static String bucketId(BucketKey bucket) {
        return bucket.organizationId() + "|" + bucket.serviceId() + "|" + bucket.month();
    }

    @Override
    public Optional<BookedRide> find(String organizationId, String bookingId) {
        return fact(bookingId)
                .filter(f -> f.kind() == RideFact.Kind.BOOKING && f.booked()
                        && organizationId.equals(f.organizationId()))
                .map(f -> new BookedRide(f.id(), f.organizationId(), f.serviceId(), f.runId(), f.serviceDate(),
                        f.passengers(), f.cancellation() != null));
    }

    @Override
    public List<RidershipMonth> months(String organizationId, YearMonth from, YearMonth to) {
        List<RidershipMonth> found = new ArrayList<>();
        for (Document d : months.find(and(eq("organizationId", organizationId), gte("month", from.toString()),
                lte("month", to.toString()))).sort(Sorts.ascending("organizationId", "month"))) {
            found.add(read(d, RidershipMonth.class));
        }
        return found;
    }

    @Override
    public void deleteAll() {
        BatchedViewWrites.writeNow();
        facts.deleteMany(new Document());
        months.deleteMany(new Document());
        if (cache != null) {
            cache.deletedAll();
            buckets.forgetValues();
        }
    }

    /** The same BSON shape as the views' ({@link ViewDocuments}): no JSON text in between. */
    private static Document write(Object value) {
        return ViewDocuments.toDocument(JSON, value);
    }

    private static <T> T read(Document document, Class<T> type) {
        Document copy = new Document(document);
        copy.remove("_id");
        return ViewDocuments.fromDocument(JSON, copy, type);
    }
}
