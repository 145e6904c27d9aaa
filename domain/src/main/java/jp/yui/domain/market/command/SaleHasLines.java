package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.shared.BusinessRule;

/** A sale sells at least one line. */
record SaleHasLines(List<SaleLine> lines) implements BusinessRule {

    @Override
    public boolean holds() {
        return lines != null && !lines.isEmpty() && lines.stream().allMatch(java.util.Objects::nonNull);
    }

    @Override
    public String explanation() {
        return "A sale needs at least one line";
    }
}
