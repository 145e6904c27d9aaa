package jp.yui.app.transport.usecase;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.FarePolicy;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.query.RunView;
import jp.yui.domain.transport.query.ServiceView;

/**
 * The fare a booking is given: the service's {@link FarePolicy} (its table in effect on the day of the run, unless
 * the operator overrides it with a reason; none on a volunteer service), read from the service view.
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
        FarePolicy policy = services.find(serviceId).filter(s -> s.organizationId().equals(org))
                .map(ServiceView::farePolicy).orElse(FarePolicy.unknownService());
        return policy.quote(serviceDate, pickup, dropOff, distanceKm, overrideYen, overrideReason, extraYen,
                extraNote);
    }
}
