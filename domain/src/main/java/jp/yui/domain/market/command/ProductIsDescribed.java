package jp.yui.domain.market.command;

import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.shared.BusinessRule;

/**
 * A product on a label has a code (read at the till), a name (on the receipt), a price of at least one yen (a
 * farm stand gives nothing away through the till) and a tax category.
 */
record ProductIsDescribed(String code, String name, int priceYen, TaxCategory taxCategory) implements BusinessRule {

    @Override
    public boolean holds() {
        return code != null && !code.isBlank() && name != null && !name.isBlank() && priceYen >= 1
                && taxCategory != null;
    }

    @Override
    public String explanation() {
        return "A product needs a code, a name, a price of at least 1 yen and a tax category";
    }
}
