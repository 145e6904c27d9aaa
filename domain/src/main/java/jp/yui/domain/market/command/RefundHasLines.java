package jp.yui.domain.market.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.yui.domain.market.api.RefundLine;
import jp.yui.domain.shared.BusinessRule;

/** A refund takes back at least one line, each line named once. */
record RefundHasLines(List<RefundLine> lines) implements BusinessRule {

    @Override
    public boolean holds() {
        Set<String> seen = new HashSet<>();
        return lines != null && !lines.isEmpty() && lines.stream().allMatch(l -> l != null && seen.add(l.lineId()));
    }

    @Override
    public String explanation() {
        return "A refund needs at least one line, each named once";
    }
}
