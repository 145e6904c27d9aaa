package jp.yui.domain.market.command;

import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.shared.BusinessRule;

/** Commission rates are between 0 and 10000 basis points (0–100 %), and a rate per product group names its group. */
record CommissionTermsAreValid(CommissionTerms terms) implements BusinessRule {

    @Override
    public boolean holds() {
        return terms != null && inRange(terms.basisPoints())
                && terms.byProductGroup().entrySet().stream().allMatch(
                        e -> e.getKey() != null && !e.getKey().isBlank() && e.getValue() != null
                                && inRange(e.getValue()));
    }

    private static boolean inRange(int basisPoints) {
        return basisPoints >= 0 && basisPoints <= 10_000;
    }

    @Override
    public String explanation() {
        return "Commission rates are between 0 and 10000 basis points and a group rate names its group";
    }
}
