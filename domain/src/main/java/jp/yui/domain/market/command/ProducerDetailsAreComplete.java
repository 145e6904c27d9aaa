package jp.yui.domain.market.command;

import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.shared.BusinessRule;

/** A producer is known by name and kana (their labels and statements carry them); contact and bank details may follow later. */
record ProducerDetailsAreComplete(ProducerDetails details) implements BusinessRule {

    @Override
    public boolean holds() {
        return details != null && notBlank(details.name()) && notBlank(details.kana());
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    @Override
    public String explanation() {
        return "A producer needs a name and a kana reading";
    }
}
