package jp.yui.domain.market.command;

import jp.yui.domain.shared.BusinessRule;

/** Every producer has a number (出荷者番号): it is on their labels and statements. */
record ProducerHasNumber(String producerNumber) implements BusinessRule {

    @Override
    public boolean holds() {
        return producerNumber != null && !producerNumber.isBlank();
    }

    @Override
    public String explanation() {
        return "A producer needs a producer number";
    }
}
