package jp.yui.app.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import jp.yui.infra.eventstore.MongoEventStorage;
import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/**
 * Where each event processor (the projections that keep the views, and erasure) stands against the event store: its
 * position, the store's head, and how far behind it is, in events and in seconds (the age of the first event it has
 * not handled yet). Every figure comes from key lookups.
 */
@Component
public class ProcessorStatuses {

    /** One segment of a processor (Yui runs one per processor). */
    public record Segment(int segment, long position, boolean caughtUp, boolean replaying, String error) {
    }

    /**
     * A processor: {@code position} is that of its slowest segment (of its stored token when it is stopped); -1
     * before the first event.
     */
    public record Status(String name, boolean running, boolean error, long position, long head, long lagEvents,
                         double lagSeconds, List<Segment> segments) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine engine;
    private final MongoEventStorage storage;
    private final Clock clock;

    ProcessorStatuses(EventProcessingConfiguration processing, EventStorageEngine engine, MongoEventStorage storage,
                      Clock clock) {
        this.processing = processing;
        this.engine = engine;
        this.storage = storage;
        this.clock = clock;
    }

    public List<Status> all() {
        long head = position(engine.createHeadToken());
        List<Status> statuses = new ArrayList<>();
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor) {
                statuses.add(status(entry.getKey(), processor, head));
            }
        }
        statuses.sort(Comparator.comparing(Status::name));
        return statuses;
    }

    public Optional<Status> of(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private Status status(String name, StreamingEventProcessor processor, long head) {
        List<Segment> segments = new ArrayList<>();
        for (Map.Entry<Integer, EventTrackerStatus> entry : processor.processingStatus().entrySet()) {
            EventTrackerStatus tracker = entry.getValue();
            segments.add(new Segment(entry.getKey(), position(tracker.getTrackingToken()), tracker.isCaughtUp(),
                    tracker.isReplaying(), tracker.isErrorState() ? tracker.getError().getClass().getSimpleName() : null));
        }
        segments.sort(Comparator.comparingInt(Segment::segment));
        // A processor that claims no segment (stopped) resumes from its stored token.
        long position = segments.isEmpty() ? storage.storedPosition(name).orElse(-1)
                : segments.stream().mapToLong(Segment::position).min().orElse(-1);
        long lagEvents = Math.max(0, head - position);
        double lagSeconds = 0;
        if (lagEvents > 0 && engine instanceof SequencedEventStorageEngine sequenced) {
            lagSeconds = sequenced.storedAfter(position)
                    .map(stored -> Math.max(0, Duration.between(stored, Instant.now(clock)).toMillis() / 1000.0))
                    .orElse(0.0);
        }
        return new Status(name, processor.isRunning(), processor.isError(), position, head, lagEvents, lagSeconds,
                segments);
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
