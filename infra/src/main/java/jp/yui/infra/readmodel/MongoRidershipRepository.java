package jp.yui.infra.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;

import jp.yui.domain.transport.query.BookedRide;
import jp.yui.domain.transport.query.RidershipRepository;
import jp.yui.domain.transport.query.ServiceRidership;

/**
 * The ridership view: one document per booking, keyed by booking id, so re-applying an event replaces the
 * document with itself. Totals are counted from these documents, never kept as counters that a re-delivered
 * event could increment twice.
 */
public final class MongoRidershipRepository implements RidershipRepository {

    public static final String COLLECTION = "view_ridership_bookings";

    private final MongoCollection<Document> bookings;

    public MongoRidershipRepository(MongoDatabase database) {
        this.bookings = database.getCollection(COLLECTION);
        bookings.createIndex(Indexes.ascending("organizationId"), new IndexOptions().name("by_organization"));
    }

    @Override
    public void save(BookedRide ride) {
        Document document = new Document("_id", ride.bookingId())
                .append("organizationId", ride.organizationId())
                .append("serviceId", ride.serviceId())
                .append("runId", ride.runId())
                .append("serviceDate", ride.serviceDate().toString())
                .append("passengers", ride.passengers())
                .append("cancelled", ride.cancelled());
        bookings.replaceOne(eq("_id", ride.bookingId()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<BookedRide> find(String organizationId, String bookingId) {
        return Optional.ofNullable(bookings.find(and(eq("_id", bookingId), eq("organizationId", organizationId))).first())
                .map(MongoRidershipRepository::toRide);
    }

    @Override
    public List<ServiceRidership> byService(String organizationId) {
        Map<String, long[]> totals = new TreeMap<>();
        for (Document d : bookings.find(eq("organizationId", organizationId))) {
            if (d.getBoolean("cancelled", false)) {
                continue;
            }
            long[] t = totals.computeIfAbsent(d.getString("serviceId"), k -> new long[2]);
            t[0]++;
            t[1] += d.getInteger("passengers");
        }
        List<ServiceRidership> result = new ArrayList<>(totals.size());
        totals.forEach((service, t) -> result.add(new ServiceRidership(service, t[0], t[1])));
        return result;
    }

    @Override
    public void deleteAll() {
        bookings.deleteMany(new Document());
    }

    private static BookedRide toRide(Document d) {
        return new BookedRide(d.getString("_id"), d.getString("organizationId"), d.getString("serviceId"),
                d.getString("runId"), LocalDate.parse(d.getString("serviceDate")), d.getInteger("passengers"),
                d.getBoolean("cancelled", false));
    }
}
