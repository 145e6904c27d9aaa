package jp.yui.app.transport;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.query.RunView;
import jp.yui.domain.transport.query.ServiceView;

/**
 * The fare a booking is given: from the service's fare table in effect on the day of the run, unless the operator
 * overrides it with a reason. A volunteer service takes none (the run refuses any amount there). Without a table
 * the fare counts as an override, so the run asks for a reason.
 */
@Component
class FareQuotes {

    private final ViewStore<ServiceView> services;

    FareQuotes(ViewStore<ServiceView> services) {
        this.services = services;
    }

    Fare quote(String org, RunView run, Place pickup, Place dropOff, Double distanceKm, Integer overrideYen,
               String overrideReason, int extraYen, String extraNote) {
        return quote(org, run.serviceId(), run.serviceDate(), pickup, dropOff, distanceKm, overrideYen,
                overrideReason, extraYen, extraNote);
    }

    /** The fare for a run of the service on that date. */
    Fare quote(String org, String serviceId, LocalDate serviceDate, Place pickup, Place dropOff, Double distanceKm,
               Integer overrideYen, String overrideReason, int extraYen, String extraNote) {
        ServiceView service = services.find(serviceId)
                .filter(s -> s.organizationId().equals(org)).orElse(null);
        OptionalInt table = service == null ? OptionalInt.empty() : service.fareTableOn(serviceDate)
                .map(t -> t.fareFor(pickup, dropOff, distanceKm)).orElse(OptionalInt.empty());
        Integer tableYen = table.isPresent() ? table.getAsInt() : null;
        if (overrideYen != null) {
            return new Fare(overrideYen, tableYen, overrideReason, extraYen, extraNote);
        }
        if (service != null && !service.kind().takesFares()) {
            return new Fare(0, 0, null, extraYen, extraNote);
        }
        return new Fare(tableYen == null ? 0 : tableYen, tableYen, null, extraYen, extraNote);
    }
}
