package jp.yui.domain.market.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.shared.BusinessRule;

/** Line ids are unique within a sale, so a void or refund names exactly one line. */
record SaleLineIdsAreUnique(List<SaleLine> lines) implements BusinessRule {

    @Override
    public boolean holds() {
        Set<String> seen = new HashSet<>();
        return lines.stream().allMatch(l -> seen.add(l.lineId()));
    }

    @Override
    public String explanation() {
        return "A line id is used twice in the sale";
    }
}
