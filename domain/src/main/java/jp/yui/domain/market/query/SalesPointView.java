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
}
