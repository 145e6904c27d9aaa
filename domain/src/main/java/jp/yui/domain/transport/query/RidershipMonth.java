package jp.yui.domain.transport.query;

import java.util.Collection;
import java.util.List;

/**
 * The figures of one organization's service in one month ("2026-04"), counted from its facts, with the residents
 * who rode (opaque ids, sorted) so that a total over months counts each rider once.
 */
public record RidershipMonth(String organizationId, String serviceId, String month, RidershipFigures figures,
                             List<String> riders) {

    public RidershipMonth {
        riders = riders == null ? List.of() : List.copyOf(riders);
    }

    /** The month's figures from all the facts of its bucket: the same facts always give the same figures. */
    public static RidershipMonth of(RideFact.BucketKey bucket, Collection<RideFact> facts) {
        RidershipFigures.Tally tally = new RidershipFigures.Tally();
        for (RideFact fact : facts) {
            if (bucket.equals(fact.bucket())) {
                tally.count(fact);
            }
        }
        return new RidershipMonth(bucket.organizationId(), bucket.serviceId(), bucket.month(), tally.figures(),
                List.copyOf(tally.riders));
    }

    public static RidershipMonth empty(String organizationId, String serviceId, String month) {
        return new RidershipMonth(organizationId, serviceId, month, RidershipFigures.NONE, List.of());
    }

    /** Figures added up over months (and services); distinct riders is the size of the union, not a sum. */
    public static RidershipFigures total(Collection<RidershipMonth> months) {
        RidershipFigures.Tally tally = new RidershipFigures.Tally();
        for (RidershipMonth month : months) {
            tally.add(month.figures(), month.riders());
        }
        return tally.figures();
    }
}
