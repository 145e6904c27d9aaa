package jp.yui.infra.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * The embedded server answers the queries Yui makes from indexes, examining no more index entries and documents
 * than a small constant plus what it returns, and the results are those a full scan gives. Each test checks the
 * counts through MongoDB's own {@code explain}, so the same assertions hold on a replica set.
 */
class QueryPlannerTest {

    /** Entries a scan reads beyond its results: the one that ends each range. */
    private static final int SLACK = 2;

    @TempDir
    Path dir;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoCollection<Document> bookings;
    private final List<Document> all = new ArrayList<>();

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.start(dir, 0, false);
        client = MongoConnections.forEmbedded(server);
        bookings = client.getDatabase("yui").getCollection("bookings");
        bookings.createIndex(Indexes.ascending("organizationId"), new IndexOptions().name("by_organization"));
        bookings.createIndex(Indexes.ascending("organizationId", "day"), new IndexOptions().name("by_organization_day"));
        bookings.createIndex(Indexes.ascending("stops"), new IndexOptions().name("by_stop"));
        LocalDate first = LocalDate.of(2026, 4, 1);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Document booking = new Document("_id", "b" + i)
                    .append("organizationId", "org" + (i % 7))
                    .append("day", first.plusDays(i % 365).toString())
                    .append("seats", i % 4 + 1)
                    .append("stops", List.of("stop" + (i % 11), "stop" + (i % 13 + 20)));
            all.add(booking);
            batch.add(booking);
        }
        bookings.insertMany(batch);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private Document explain(FindIterable<Document> find) {
        return find.explain(ExplainVerbosity.EXECUTION_STATS);
    }

    private static long stat(Document explain, String name) {
        return ((Number) explain.get("executionStats", Document.class).get(name)).longValue();
    }

    private static String indexOf(Document explain) {
        Document stage = explain.get("queryPlanner", Document.class).get("winningPlan", Document.class);
        while (stage != null) {
            if ("IXSCAN".equals(stage.getString("stage"))) {
                return stage.getString("indexName");
            }
            if ("COLLSCAN".equals(stage.getString("stage"))) {
                return "COLLSCAN";
            }
            stage = stage.get("inputStage", Document.class);
        }
        return null;
    }

    private List<String> ids(FindIterable<Document> find) {
        return find.map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    private List<String> expected(Predicate<Document> filter) {
        return all.stream().filter(filter).map(d -> d.getString("_id")).toList();
    }

    private void assertExaminesOnlyWhatItReturns(Document explain, long returned) {
        assertThat(stat(explain, "nReturned")).isEqualTo(returned);
        assertThat(stat(explain, "totalKeysExamined")).isLessThanOrEqualTo(returned + SLACK);
        assertThat(stat(explain, "totalDocsExamined")).isLessThanOrEqualTo(returned);
    }

    @Test
    void equalityOnANonUniqueFieldReadsOnlyItsDocuments() {
        Bson query = eq("organizationId", "org3");
        List<String> expected = expected(d -> d.get("organizationId").equals("org3"));

        assertThat(ids(bookings.find(query))).containsExactlyInAnyOrderElementsOf(expected);
        Document explain = explain(bookings.find(query));
        assertThat(indexOf(explain)).startsWith("by_organization");
        assertExaminesOnlyWhatItReturns(explain, expected.size());
        assertThat(expected).hasSizeGreaterThan(400);
    }

    @Test
    void aCompoundIndexAnswersItsPrefixAndAllItsKeys() {
        Bson both = and(eq("organizationId", "org2"), eq("day", "2026-04-10"));
        List<String> expected = expected(d -> d.get("organizationId").equals("org2") && d.get("day").equals("2026-04-10"));

        assertThat(ids(bookings.find(both))).containsExactlyInAnyOrderElementsOf(expected);
        Document explain = explain(bookings.find(both));
        assertThat(indexOf(explain)).isEqualTo("by_organization_day");
        assertExaminesOnlyWhatItReturns(explain, expected.size());
        assertThat(expected).isNotEmpty();

        bookings.dropIndex("by_organization");
        Bson prefix = eq("organizationId", "org5");
        Document prefixExplain = explain(bookings.find(prefix));
        assertThat(indexOf(prefixExplain)).isEqualTo("by_organization_day");
        assertExaminesOnlyWhatItReturns(prefixExplain, expected(d -> d.get("organizationId").equals("org5")).size());
    }

    @Test
    void idPlusOtherFieldsIsOneLookup() {
        Document hit = explain(bookings.find(and(eq("_id", "b1234"), eq("organizationId", "org2"))));
        assertThat(indexOf(hit)).isEqualTo("_id_");
        assertExaminesOnlyWhatItReturns(hit, 1);

        Document miss = explain(bookings.find(and(eq("_id", "b1234"), eq("organizationId", "org3"))));
        assertThat(stat(miss, "nReturned")).isZero();
        assertThat(stat(miss, "totalDocsExamined")).isLessThanOrEqualTo(1);
        assertThat(stat(miss, "totalKeysExamined")).isLessThanOrEqualTo(SLACK);
    }

    @Test
    void aRangeOnTheSecondKeyScansOnlyTheRange() {
        Bson query = and(eq("organizationId", "org4"), gte("day", "2026-06-01"), lt("day", "2026-07-01"));
        List<String> expected = expected(d -> d.get("organizationId").equals("org4")
                && d.getString("day").compareTo("2026-06-01") >= 0 && d.getString("day").compareTo("2026-07-01") < 0);

        assertThat(ids(bookings.find(query))).containsExactlyInAnyOrderElementsOf(expected);
        Document explain = explain(bookings.find(query));
        assertThat(indexOf(explain)).isEqualTo("by_organization_day");
        assertExaminesOnlyWhatItReturns(explain, expected.size());
        assertThat(expected).hasSizeBetween(20, 100);

        Bson exclusive = and(eq("organizationId", "org4"), gt("day", "2026-06-01"), lte("day", "2026-06-30"));
        List<String> inside = expected(d -> d.get("organizationId").equals("org4")
                && d.getString("day").compareTo("2026-06-01") > 0 && d.getString("day").compareTo("2026-06-30") <= 0);
        assertThat(ids(bookings.find(exclusive))).containsExactlyInAnyOrderElementsOf(inside);
        assertExaminesOnlyWhatItReturns(explain(bookings.find(exclusive)), inside.size());
    }

    @Test
    void aSortOnTheSecondKeyReadsInIndexOrderAndStopsAtTheLimit() {
        Comparator<Document> byDay = Comparator.comparing(d -> d.getString("day"));
        List<String> latest = all.stream().filter(d -> d.get("organizationId").equals("org6"))
                .sorted(byDay.reversed().thenComparing(Comparator.comparing((Document d) -> d.getString("_id")).reversed()))
                .limit(5).map(d -> d.getString("day")).toList();

        FindIterable<Document> find = bookings.find(eq("organizationId", "org6")).sort(Sorts.descending("day")).limit(5);
        assertThat(find.map(d -> d.getString("day")).into(new ArrayList<>())).isEqualTo(latest);
        Document explain = explain(find);
        assertThat(indexOf(explain)).isEqualTo("by_organization_day");
        assertThat(explain.get("queryPlanner", Document.class).get("winningPlan", Document.class).getString("stage"))
                .isNotEqualTo("SORT");
        assertExaminesOnlyWhatItReturns(explain, 5);

        FindIterable<Document> earliestInJune = bookings.find(and(eq("organizationId", "org6"), gte("day", "2026-06-01")))
                .sort(Sorts.ascending("day")).limit(3);
        List<String> june = all.stream().filter(d -> d.get("organizationId").equals("org6")
                        && d.getString("day").compareTo("2026-06-01") >= 0)
                .map(d -> d.getString("day")).sorted().limit(3).toList();
        assertThat(earliestInJune.map(d -> d.getString("day")).into(new ArrayList<>())).isEqualTo(june);
        assertExaminesOnlyWhatItReturns(explain(earliestInJune), 3);
    }

    @Test
    void anArrayFieldHasAnEntryPerElementAndEachDocumentComesOnce() {
        Bson query = in("stops", List.of("stop3", "stop25"));
        List<String> expected = expected(d -> d.getList("stops", String.class).stream()
                .anyMatch(s -> s.equals("stop3") || s.equals("stop25")));

        List<String> found = ids(bookings.find(query));
        assertThat(found).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        Document explain = explain(bookings.find(query));
        assertThat(indexOf(explain)).isEqualTo("by_stop");
        // A document with both stops has two entries: keys may exceed results by those.
        long both = all.stream().filter(d -> d.getList("stops", String.class).containsAll(List.of("stop3", "stop25")))
                .count();
        assertThat(stat(explain, "totalKeysExamined")).isLessThanOrEqualTo(expected.size() + both + 2L * SLACK);
        assertThat(stat(explain, "totalDocsExamined")).isEqualTo(expected.size());
    }

    @Test
    void entriesFollowUpdatesAndDeletes() {
        bookings.updateOne(eq("_id", "b3"), Updates.set("organizationId", "org-moved"));
        bookings.deleteOne(eq("_id", "b10"));
        bookings.updateMany(eq("organizationId", "org1"), Updates.set("seats", 9));

        assertThat(ids(bookings.find(eq("organizationId", "org-moved")))).containsExactly("b3");
        assertThat(ids(bookings.find(eq("organizationId", "org3")))).doesNotContain("b3", "b10")
                .containsExactlyInAnyOrderElementsOf(expected(d -> d.get("organizationId").equals("org3")
                        && !d.get("_id").equals("b3") && !d.get("_id").equals("b10")));
        assertThat(bookings.countDocuments(and(eq("organizationId", "org1"), eq("seats", 9))))
                .isEqualTo(expected(d -> d.get("organizationId").equals("org1")).size());
        Document validate = client.getDatabase("yui").runCommand(new Document("validate", "bookings"));
        Document keys = validate.get("keysPerIndex", Document.class);
        assertThat(((Number) keys.get("by_organization")).longValue()).isEqualTo(all.size() - 1);
        assertThat(((Number) keys.get("by_stop")).longValue()).isEqualTo(2L * (all.size() - 1));
    }

    @Test
    void aQueryNoIndexCoversScansAndIsCountedAsAScan() {
        long scansBefore = collectionScans();
        Document explain = explain(bookings.find(eq("seats", 2)));
        assertThat(indexOf(explain)).isEqualTo("COLLSCAN");
        assertThat(stat(explain, "totalDocsExamined")).isEqualTo(all.size());
        assertThat(collectionScans()).isEqualTo(scansBefore + 1);

        bookings.find(eq("organizationId", "org1")).into(new ArrayList<>());
        bookings.find(eq("_id", "b1")).first();
        assertThat(collectionScans()).isEqualTo(scansBefore + 1);
    }

    @Test
    void recordedQueriesSayWhatTheyExaminedAndNoValues() throws Exception {
        List<ExaminedQuery> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (AutoCloseable recording = server.recordQueries(recorded::add)) {
            bookings.find(and(eq("organizationId", "org1"), gte("day", "2026-05-01"))).into(new ArrayList<>());
            bookings.find(eq("seats", 3)).into(new ArrayList<>());
        }
        bookings.find(eq("seats", 1)).first();

        assertThat(recorded).hasSize(2);
        ExaminedQuery indexed = recorded.get(0);
        assertThat(indexed.command()).isEqualTo("find");
        assertThat(indexed.namespace()).isEqualTo("yui.bookings");
        assertThat(indexed.filterShape()).isEqualTo("{$and: [{organizationId: ?}, {day: {$gte: ?}}]}").doesNotContain("org1");
        assertThat(indexed.plan()).isEqualTo("IXSCAN by_organization_day");
        assertThat(indexed.returned()).isEqualTo(expected(d -> d.get("organizationId").equals("org1")
                && d.getString("day").compareTo("2026-05-01") >= 0).size());
        assertThat(indexed.examinesAtMost(SLACK)).isTrue();
        ExaminedQuery scan = recorded.get(1);
        assertThat(scan.plan()).isEqualTo("COLLSCAN");
        assertThat(scan.docsExamined()).isEqualTo(all.size());
        assertThat(scan.examinesAtMost(SLACK)).isFalse();
    }

    private long collectionScans() {
        Document status = client.getDatabase("admin").runCommand(new Document("serverStatus", 1));
        Document queryExecutor = status.get("metrics", Document.class).get("queryExecutor", Document.class);
        return ((Number) queryExecutor.get("collectionScans", Document.class).get("total")).longValue();
    }

    @Test
    void indexesAreKeptAcrossARestart() {
        client.close();
        server.close();
        server = EmbeddedMongoServer.start(dir, 0, false);
        client = MongoConnections.forEmbedded(server);
        bookings = client.getDatabase("yui").getCollection("bookings");

        Bson query = and(eq("organizationId", "org0"), gte("day", "2026-12-01"));
        List<String> expected = expected(d -> d.get("organizationId").equals("org0")
                && d.getString("day").compareTo("2026-12-01") >= 0);
        assertThat(ids(bookings.find(query))).containsExactlyInAnyOrderElementsOf(expected);
        assertExaminesOnlyWhatItReturns(explain(bookings.find(query)), expected.size());
    }
}
