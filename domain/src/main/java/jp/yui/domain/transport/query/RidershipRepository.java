package jp.yui.domain.transport.query;

import java.util.List;
import java.util.Optional;

/** Where the ridership view is kept. Implemented in infra; the domain only states what it needs. */
public interface RidershipRepository {

    /** Stores the ride under its booking id; storing the same ride again changes nothing. */
    void save(BookedRide ride);

    Optional<BookedRide> find(String organizationId, String bookingId);

    /** Per-service totals of one organization, ordered by service id. */
    List<ServiceRidership> byService(String organizationId);

    void deleteAll();
}
