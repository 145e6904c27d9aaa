package jp.yui.domain.transport.query;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Where the ridership facts and their month buckets are kept. Implemented in infra; the domain only states what it
 * needs. A bucket is always recomputed from its facts ({@link RidershipMonth#of}), never incremented, so facts saved
 * again, or saved before a crash that lost the bucket, end in the same figures.
 */
public interface RidershipRepository {

    /** The fact under this id, including one saved earlier in the same batch of events. */
    Optional<RideFact> fact(String id);

    /**
     * Stores {@code fact} whole under its id and recomputes the buckets it counts in now and counted in before
     * ({@code replaced}) — once per batch of events when called within one, else at once. The buckets are
     * recomputed even when the fact did not change: that is what heals buckets a crash left behind.
     */
    void save(RideFact fact, Optional<RideFact> replaced);

    /** A booking as the operators' screens need it to find its run, if it belongs to the organization. */
    Optional<BookedRide> find(String organizationId, String bookingId);

    /** The organization's month buckets from {@code from} to {@code to} (inclusive), all services. */
    List<RidershipMonth> months(String organizationId, YearMonth from, YearMonth to);

    void deleteAll();
}
