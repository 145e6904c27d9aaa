package jp.yui.ops.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;

import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.Sealed;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.CancelBooking;
import jp.yui.domain.transport.api.DriverRegistered;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.EndDuty;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.ServiceRegistered;
import jp.yui.domain.transport.api.UnmetNeedRecorded;
import jp.yui.domain.transport.api.VehicleRegistered;
import jp.yui.domain.transport.command.Driver;
import jp.yui.domain.transport.command.Run;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.command.UnmetNeed;
import jp.yui.domain.transport.command.Vehicle;
import jp.yui.infra.eventstore.MongoEventStorage;
import jp.yui.infra.mongo.EmbeddedMongoServer;
import jp.yui.infra.mongo.MongoConnections;
import jp.yui.infra.serialization.YuiSerializers;

class HistoryGeneratorTest {

    /** Seals nothing: the test looks at the streams' shape, not at the personal data. */
    private static final PersonalDataVault CLEAR = new PersonalDataVault() {
        @Override
        public Sealed seal(String subjectId, Object value) {
            return new Sealed(subjectId, String.valueOf(value));
        }

        @Override
        public <T> java.util.Optional<T> open(Sealed sealed, Class<T> type) {
            return java.util.Optional.empty();
        }

        @Override
        public void erase(String subjectId) {
        }
    };

    private static final long TARGET = 6_000;
    private static final List<List<DomainEventMessage<?>>> batches = new ArrayList<>();
    private static final List<DomainEventMessage<?>> events = new ArrayList<>();
    private static long written;

    @BeforeAll
    static void generate() {
        written = new HistoryGenerator(7, CLEAR::seal).generate(TARGET, batch -> {
            batches.add(batch);
            events.addAll(batch);
        });
    }

    @Test
    void givenATargetThenAboutThatManyEventsInBatchesOfWholeStreams() {
        assertThat(written).isEqualTo(events.size()).isBetween(TARGET, TARGET + 2_000);
        Map<String, List<DomainEventMessage<?>>> streams = HistoryGenerator.byAggregate(events);
        for (List<DomainEventMessage<?>> batch : batches) {
            for (DomainEventMessage<?> e : batch) {
                // A stream never spans two batches: the batch holds all of it.
                assertThat(batch).filteredOn(o -> o.getAggregateIdentifier().equals(e.getAggregateIdentifier()))
                        .hasSameSizeAs(streams.get(e.getAggregateIdentifier()));
            }
        }
    }

    @Test
    void givenEveryStreamThenItsSequenceRunsFromZeroAndItStartsWithItsCreationEvent() {
        Map<String, Class<?>> creationEvent = Map.of(Run.class.getSimpleName(), RunScheduled.class,
                TransportService.class.getSimpleName(), ServiceRegistered.class,
                Vehicle.class.getSimpleName(), VehicleRegistered.class,
                Driver.class.getSimpleName(), DriverRegistered.class,
                UnmetNeed.class.getSimpleName(), UnmetNeedRecorded.class);
        Map<String, String> idType = Map.of(Run.class.getSimpleName(), Run.ID_TYPE,
                TransportService.class.getSimpleName(), TransportService.ID_TYPE,
                Vehicle.class.getSimpleName(), Vehicle.ID_TYPE, Driver.class.getSimpleName(), Driver.ID_TYPE,
                UnmetNeed.class.getSimpleName(), UnmetNeed.ID_TYPE);
        Map<String, List<DomainEventMessage<?>>> streams = HistoryGenerator.byAggregate(events);
        assertThat(streams.values().stream().map(s -> s.get(0).getType()).distinct())
                .containsExactlyInAnyOrderElementsOf(creationEvent.keySet());
        streams.forEach((id, stream) -> {
            String type = stream.get(0).getType();
            assertThat(id).startsWith(idType.get(type) + ":");
            assertThat(stream.get(0).getPayload()).isInstanceOf(creationEvent.get(type));
            for (int seq = 0; seq < stream.size(); seq++) {
                assertThat(stream.get(seq).getSequenceNumber()).isEqualTo(seq);
                assertThat(stream.get(seq).getType()).isEqualTo(type);
            }
        });
    }

    @Test
    void givenEachRunStreamThenTheRunAggregateEndsItsDutyAsTheHistoryDoes() {
        List<List<DomainEventMessage<?>>> runs = runStreams();
        assertThat(runs).hasSizeGreaterThan(100);
        // Every third run: all kinds of service and day, in a third of the time.
        for (int r = 0; r < runs.size(); r += 3) {
            List<DomainEventMessage<?>> run = runs.get(r);
            DutyEnded ended = (DutyEnded) run.get(run.size() - 1).getPayload();
            fixture().given(payloads(run.subList(0, run.size() - 1)))
                    .when(new EndDuty(ended.runId(), ended.organizationId(), ended.actionId(), ended.place(),
                            ended.at(), ended.odometerKm(), ended.waypoints()))
                    .expectEvents(ended);
        }
    }

    @Test
    void givenEachCancellationThenTheRunGivesItTheKindTheHistoryRecords() {
        int cancellations = 0;
        for (List<DomainEventMessage<?>> run : runStreams()) {
            for (int i = 0; i < run.size(); i++) {
                if (run.get(i).getPayload() instanceof BookingCancelled cancelled) {
                    cancellations++;
                    fixture().given(payloads(run.subList(0, i)))
                            .when(new CancelBooking(cancelled.runId(), cancelled.organizationId(),
                                    cancelled.bookingId(), cancelled.operator(), "体調不良", cancelled.cancelledAt()))
                            .expectResultMessagePayload(cancelled.kind());
                }
            }
        }
        assertThat(cancellations).isGreaterThan(5);
    }

    @Test
    void givenTheHistoryInTheStoreThenEachStreamReadsBackAsWritten(@TempDir Path dir) {
        Serializer serializer = YuiSerializers.jackson();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            EventStorageEngine engine = new MongoEventStorage(client, "yui", serializer, false, List.of())
                    .eventStorageEngine();
            // The first batches: the reference data and a few weeks of runs, as the fill appends them.
            List<DomainEventMessage<?>> stored = new ArrayList<>();
            for (int b = 0; b < batches.size() && stored.size() < 1_500; b++) {
                engine.appendEvents(batches.get(b));
                stored.addAll(batches.get(b));
            }
            for (List<DomainEventMessage<?>> stream : HistoryGenerator.byAggregate(stored).values()) {
                List<DomainEventMessage<?>> read = engine.readEvents(stream.get(0).getAggregateIdentifier())
                        .asStream().<DomainEventMessage<?>>map(e -> e).toList();
                assertThat(payloads(read)).containsExactlyElementsOf(payloads(stream));
                assertThat(read).extracting(DomainEventMessage::getType).containsOnly(stream.get(0).getType());
            }
        }
        SerializedObject<String> sample = serializer.serialize(events.get(0).getPayload(), String.class);
        assertThat(sample.getType().getRevision()).isEqualTo("1");
    }

    @Test
    void givenAMillionEventsThenManyOrganizationsOverSeveralFiscalYears() {
        assertThat(HistoryGenerator.scaleFor(10_000)).isEqualTo(new HistoryGenerator.Scale(2, 1));
        HistoryGenerator.Scale million = HistoryGenerator.scaleFor(1_000_000);
        assertThat(million.organizations()).isEqualTo(30);
        assertThat(million.fiscalYears()).isBetween(3, 6);
        assertThat(million.organizationIds()).hasSize(30).startsWith("city-001");
    }

    private static List<List<DomainEventMessage<?>>> runStreams() {
        return HistoryGenerator.byAggregate(events).values().stream()
                .filter(s -> s.get(0).getType().equals(Run.class.getSimpleName())).toList();
    }

    private static FixtureConfiguration<Run> fixture() {
        FixtureConfiguration<Run> fixture = new AggregateTestFixture<>(Run.class);
        fixture.registerInjectableResource(CLEAR);
        return fixture;
    }

    private static List<Object> payloads(List<DomainEventMessage<?>> stream) {
        return stream.stream().<Object>map(DomainEventMessage::getPayload).toList();
    }
}
