package jp.yui.infra.eventstore;

import java.util.function.UnaryOperator;

import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.yui.infra.serialization.YuiSerializers;

/**
 * Axon's own test suite for batching storage engines ({@code BatchingEventStorageEngineTest} and the
 * {@code AbstractEventStorageEngineTest} and {@code EventStorageEngineTest} it extends, from
 * {@code axon-eventsourcing:4.12.2:tests}), run against this engine on the embedded server. Nothing is skipped.
 */
class AxonEngineSuiteTest extends BatchingEventStorageEngineTest<SequencedEventStorageEngine, SequencedEventStorageEngine.Builder> {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    private String database;

    @BeforeEach
    void setUp() {
        database = store.freshDatabase();
        setTestSubject(createEngine());
    }

    @Override
    protected SequencedEventStorageEngine createEngine(UnaryOperator<SequencedEventStorageEngine.Builder> customization) {
        SequencedEventStorageEngine.Builder builder = SequencedEventStorageEngine.builder()
                .client(store.client())
                .databaseName(database)
                .eventSerializer(YuiSerializers.jackson())
                .snapshotSerializer(YuiSerializers.jackson());
        return customization.apply(builder).build();
    }
}
