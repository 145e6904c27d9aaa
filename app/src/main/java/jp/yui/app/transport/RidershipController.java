package jp.yui.app.transport;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;

import jp.yui.app.transport.usecase.Ridership;
import jp.yui.app.web.Identifiers;

/**
 * 利用実績: the ridership figures per service and month over a range of months (a fiscal year, 年度, by default), with
 * totals per service and for the organization.
 */
@RestController
class RidershipController {

    private final Ridership ridership;

    RidershipController(Ridership ridership) {
        this.ridership = ridership;
    }

    @GetMapping("/api/orgs/{org}/stats/ridership")
    Ridership.Figures ridership(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String fiscalYear) {
        return ridership.figures(org, from, to, fiscalYear);
    }
}
