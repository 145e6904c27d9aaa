package jp.yui.domain.market.query;

import java.util.List;

import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.Till;
import jp.yui.domain.shared.query.ViewKey;

/** A sales point and its tills. */
public record SalesPointView(String salesPointId, String organizationId, String name, SalesPointKind kind,
                             List<Till> tills) {

    /** The sales point a till belongs to. */
    public static final ViewKey<SalesPointView> BY_TILL = new ViewKey<>("tillId",
            point -> point.tills().stream().map(Till::tillId).toList());

    public SalesPointView {
        tills = tills == null ? List.of() : List.copyOf(tills);
    }

    /** The sales point with this till, replacing one of the same id in its place, else added last. */
    public SalesPointView withTill(Till till) {
        List<Till> updated = new java.util.ArrayList<>(tills);
        int at = updated.stream().map(Till::tillId).toList().indexOf(till.tillId());
        if (at < 0) {
            updated.add(till);
        } else {
            updated.set(at, till);
        }
        return new SalesPointView(salesPointId, organizationId, name, kind, updated);
    }

    public java.util.Optional<Till> till(String tillId) {
        return tills.stream().filter(t -> t.tillId().equals(tillId)).findFirst();
    }
}
