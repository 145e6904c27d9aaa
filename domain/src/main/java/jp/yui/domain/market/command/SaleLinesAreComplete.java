package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.BusinessRule;

/** A sale line has an id and names its product and producer (the producer is paid for it in a settlement). */
record SaleLinesAreComplete(List<SaleLine> lines) implements BusinessRule {

    @Override
    public boolean holds() {
        return lines.stream().allMatch(l -> l.lineId() != null && !l.lineId().isBlank()
                && Ids.isOfType(l.productId(), Product.ID_TYPE) && Ids.isOfType(l.producerId(), Producer.ID_TYPE));
    }

    @Override
    public String explanation() {
        return "A sale line needs a line id, a product and a producer";
    }
}
