package jp.yui.domain.market.command;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.shared.Ids;

/** Every product is consigned by a producer (the caller checks that the producer is the organization's). */
record ProductHasProducer(String producerId) implements BusinessRule {

    @Override
    public boolean holds() {
        return Ids.isOfType(producerId, Producer.ID_TYPE);
    }

    @Override
    public String explanation() {
        return "A product needs its producer";
    }
}
