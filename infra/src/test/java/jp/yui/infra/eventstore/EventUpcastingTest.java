package jp.yui.infra.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.infra.serialization.YuiSerializers;

/** Events carry their revision into the store, and are read through the upcaster chain by either way of reading. */
class EventUpcastingTest {

    private static final String RUN = "Run:1";
    private static final String SERVICE = "Service:minato:minato-bus";

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    private String database;

    @BeforeEach
    void setUp() {
        database = store.freshDatabase();
    }

    private EventStorageEngine engine(List<EventUpcaster> upcasters) {
        return new MongoEventStorage(store.client(), database, YuiSerializers.jackson(), false, upcasters)
                .eventStorageEngine();
    }

    private static RunScheduled scheduled(String serviceId) {
        return new RunScheduled(RUN, "minato", serviceId, LocalDate.of(2026, 12, 1), LocalTime.of(9, 30), 8, 1,
                ServiceKind.DEMAND_RESPONSIVE, LocalDateTime.of(2026, 11, 30, 17, 0), "Vehicle:1", "Driver:1");
    }

    private MongoCollection<Document> events() {
        return store.client().getDatabase(database).getCollection(SequencedEventStorageEngine.EVENTS);
    }

    private void append(EventStorageEngine engine, RunScheduled event) {
        engine.appendEvents(new GenericDomainEventMessage<>("Run", RUN, 0, event));
    }

    /** Rewrites the stored event as a writer before revision 1 stored it: no revision, the service by its code. */
    private void storeTheUnrevisedShape() {
        Document stored = events().find(eq(SequencedEventStorageEngine.AGGREGATE, RUN)).first();
        String payload = stored.getString(SequencedEventStorageEngine.PAYLOAD);
        String unrevised = payload.replace("\"serviceId\":\"" + SERVICE + "\"", "\"serviceId\":\"minato-bus\"");
        assertThat(unrevised).isNotEqualTo(payload);
        events().updateOne(eq(SequencedEventStorageEngine.AGGREGATE, RUN), Updates.combine(
                Updates.set(SequencedEventStorageEngine.PAYLOAD_REVISION, null),
                Updates.set(SequencedEventStorageEngine.PAYLOAD, unrevised)));
    }

    private static List<String> sourcedServiceIds(EventStorageEngine engine) {
        return engine.readEvents(RUN).asStream().map(m -> ((RunScheduled) m.getPayload()).serviceId()).toList();
    }

    private static List<String> trackedServiceIds(EventStorageEngine engine) {
        return engine.readEvents(null, false).map(EventMessage::getPayload)
                .map(p -> ((RunScheduled) p).serviceId()).toList();
    }

    @Test
    void anEventIsStoredWithTheRevisionOnItsClass() {
        append(engine(List.of()), scheduled(SERVICE));

        assertThat(events().find().first().getString(SequencedEventStorageEngine.PAYLOAD_REVISION)).isEqualTo("1");
    }

    @Test
    void anUnrevisedRunScheduledIsReadInTheShapeOfRevisionOneWhenSourcingAndWhenTracking() {
        EventStorageEngine engine = engine(List.of(new RunScheduledServiceIdUpcaster()));
        append(engine, scheduled(SERVICE));
        storeTheUnrevisedShape();

        assertThat(sourcedServiceIds(engine)).containsExactly(SERVICE);
        assertThat(trackedServiceIds(engine)).containsExactly(SERVICE);
    }

    @Test
    void anEventAlreadyAtRevisionOneIsLeftAsItIs() {
        EventStorageEngine engine = engine(List.of(new RunScheduledServiceIdUpcaster()));
        append(engine, scheduled(SERVICE));

        assertThat(sourcedServiceIds(engine)).containsExactly(SERVICE);
        assertThat(trackedServiceIds(engine)).containsExactly(SERVICE);
    }

    @Test
    void withoutTheUpcasterTheUnrevisedShapeIsReadAsItWasStored() {
        EventStorageEngine engine = engine(List.of());
        append(engine, scheduled(SERVICE));
        storeTheUnrevisedShape();

        assertThat(sourcedServiceIds(engine)).containsExactly("minato-bus");
    }
}
