package jp.yui.app.config;

import java.lang.management.ManagementFactory;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import org.bson.Document;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import java.util.List;

import jp.yui.app.admin.RebuildableView;
import jp.yui.domain.attendance.command.EventSeries;
import jp.yui.domain.attendance.command.EventSession;
import jp.yui.domain.market.command.Producer;
import jp.yui.domain.market.command.Product;
import jp.yui.domain.market.command.SalesPoint;
import jp.yui.domain.market.command.TillSession;
import jp.yui.domain.residents.command.Resident;
import jp.yui.domain.transport.command.Driver;
import jp.yui.domain.transport.command.RecurringBooking;
import jp.yui.domain.transport.command.Run;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.command.UnmetNeed;
import jp.yui.domain.transport.command.Vehicle;
import jp.yui.domain.transport.query.RidershipProjection;
import jp.yui.domain.transport.query.RidershipRepository;
import jp.yui.infra.eventstore.MongoEventStorage;
import jp.yui.infra.mongo.EmbeddedMongoServer;
import jp.yui.infra.mongo.MongoConnections;
import jp.yui.infra.readmodel.BatchedViewWrites;
import jp.yui.infra.readmodel.MongoRidershipRepository;
import jp.yui.infra.serialization.YuiSerializers;

/** Wires MongoDB (embedded or a replica set), Axon's event storage and the read models. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final String EMBEDDED_NODE = "embedded";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${yui.mongodb-uri:}'.isBlank()")
    EmbeddedMongoServer embeddedMongoServer(YuiProperties properties) {
        return EmbeddedMongoServer.start(properties.dataDir(), properties.embeddedMongoPort(), properties.fsync());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(YuiProperties properties, org.springframework.beans.factory.ObjectProvider<EmbeddedMongoServer> embedded) {
        return properties.embedded()
                ? MongoConnections.forEmbedded(embedded.getObject())
                : MongoConnections.forDeployment(properties.mongodbUri());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, YuiProperties properties) {
        return client.getDatabase(MongoConnections.databaseName(properties.mongodbUri()));
    }

    @Bean
    @Primary
    Serializer serializer() {
        return YuiSerializers.jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    MongoEventStorage mongoEventStorage(MongoClient client, MongoDatabase database, Serializer serializer,
                                        ObjectProvider<EventUpcaster> upcasters) {
        return new MongoEventStorage(client, database.getName(), serializer,
                MongoConnections.supportsTransactions(client), upcasters.orderedStream().toList());
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoEventStorage storage) {
        return storage.eventStorageEngine();
    }

    /**
     * Axon's embedded event store, with one change: each processor reads its own stream instead of a cache shared
     * by all. The shared cache finds a processor's place by comparing whole tokens, and with gap-aware tokens the
     * same position can carry different gaps (a late event filled one in between), so a processor could wait
     * forever for a node it never recognises (AxonFramework#1037, #1193).
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    /**
     * With the embedded server only one process can open the data file, so its node name can stay the same across
     * restarts and a restarted service resumes its processors at once instead of waiting for old claims to expire.
     */
    @Bean
    TokenStore tokenStore(MongoEventStorage storage, YuiProperties properties) {
        String nodeId = properties.nodeId() != null && !properties.nodeId().isBlank() ? properties.nodeId()
                : properties.embedded() ? EMBEDDED_NODE : ManagementFactory.getRuntimeMXBean().getName();
        return storage.tokenStore(nodeId);
    }

    /**
     * Another node may append to the same run between load and save: such commands are tried again on fresh
     * state; refusals are not (see {@link CommandRetries}).
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(ExponentialBackOffIntervalRetryScheduler.builder()
                        .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                        .backoffFactor(50)
                        .maxRetryCount(5)
                        .nonTransientFailurePredicate(CommandRetries::isNonTransient)
                        .build())
                .build();
    }

    /**
     * Each processor polls its own stream (see {@link #eventStore}); it looks again every 100 ms when it has caught
     * up, so a booking shows in the figures well within a second, also when another node stored it. An idle poll
     * is one key lookup of the sequence counter. Events already waiting are handled in batches.
     */
    @Bean
    ConfigurerModule trackingProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(PROCESSOR_BATCH)
                        .andEventAvailabilityTimeout(100, TimeUnit.MILLISECONDS))
                .registerDefaultHandlerInterceptor((configuration, name) -> BatchedViewWrites.interceptor()));
    }

    /**
     * Up to this many events that are already there are handled as one batch: one unit of work, one bulk write of the
     * views per collection ({@link BatchedViewWrites}) and one token update, instead of one of each per event.
     */
    static final int PROCESSOR_BATCH = 500;

    /**
     * Each aggregate type has its own {@link BoundedAggregateCache}: a command on an aggregate handled here before
     * finds it in memory instead of reading and replaying its events (a run with 40 bookings is 40 events). An append
     * that finds the next sequence number taken by another writer rolls the unit of work back, which drops the cached
     * aggregate, and the gateway's retry (see {@link #commandGateway}) loads it fresh from the store.
     *
     * <p>Only with the embedded server, where this process is the only writer. With several nodes on one replica set
     * a cached aggregate could also refuse a command on stale state (a seat another node freed), and a refusal appends
     * nothing, so no conflict would tell; there every command loads its aggregate from the store.
     */
    @Bean
    ConfigurerModule aggregates(YuiProperties properties) {
        boolean cache = properties.embedded();
        return configurer -> configurer
                .configureAggregate(aggregate(Run.class, cache, CACHED_RUNS))
                .configureAggregate(aggregate(TransportService.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(Vehicle.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(Driver.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(RecurringBooking.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(UnmetNeed.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(Resident.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(Producer.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(Product.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(SalesPoint.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(TillSession.class, cache, CACHED_TILL_SESSIONS))
                .configureAggregate(aggregate(EventSeries.class, cache, CACHED_REFERENCE))
                .configureAggregate(aggregate(EventSession.class, cache, CACHED_EVENT_SESSIONS));
    }

    /** Runs booked in the coming days of every organization; a run's state is a few kilobytes. */
    static final int CACHED_RUNS = 2_000;
    static final int CACHED_REFERENCE = 500;
    /** Tills open today (a few per sales point); a session's state is its day's sales, tens of kilobytes at most. */
    static final int CACHED_TILL_SESSIONS = 200;
    /** Event sessions of the coming weeks; a session's state is its registrations and check-ins, a few kilobytes. */
    static final int CACHED_EVENT_SESSIONS = 500;

    private static <A> AggregateConfigurer<A> aggregate(Class<A> type, boolean cached, int capacity) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type);
        if (!cached) {
            return aggregate;
        }
        BoundedAggregateCache cache = new BoundedAggregateCache(capacity);
        return aggregate.configureCache(c -> cache);
    }

    @Bean
    RidershipRepository ridershipRepository(MongoDatabase database, YuiProperties properties) {
        return new MongoRidershipRepository(database, "", properties.embedded());
    }

    @Bean
    RidershipProjection ridershipProjection(RidershipRepository repository) {
        return new RidershipProjection(repository);
    }

    /** The ridership rollups rebuilt from the events: facts and month buckets, both into the new collections. */
    @Bean
    RebuildableView rebuildableRidership(MongoDatabase database, YuiProperties properties) {
        return new RebuildableView("ridership", RidershipProjection.PROCESSING_GROUP,
                List.of(MongoRidershipRepository.FACTS, MongoRidershipRepository.MONTHS),
                suffix -> new RidershipProjection(new MongoRidershipRepository(database, suffix,
                        properties.embedded())));
    }

    /** Health is UP only while the store answers. */
    @Bean
    HealthIndicator storeHealthIndicator(MongoDatabase database) {
        return () -> {
            try {
                database.runCommand(new Document("ping", 1));
                return Health.up().build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("store", "unreachable").build();
            }
        };
    }
}
