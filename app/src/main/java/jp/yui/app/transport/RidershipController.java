package jp.yui.app.transport;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;

import jp.yui.app.web.Identifiers;
import jp.yui.domain.transport.query.RidershipRepository;
import jp.yui.domain.transport.query.ServiceRidership;

/** 利用実績: bookings and passengers per service. */
@RestController
class RidershipController {

    record RidershipResponse(String organizationId, List<ServiceRidership> services) {
    }

    private final RidershipRepository rides;

    RidershipController(RidershipRepository rides) {
        this.rides = rides;
    }

    @GetMapping("/api/orgs/{org}/stats/ridership")
    RidershipResponse ridership(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return new RidershipResponse(org, rides.byService(org));
    }
}
