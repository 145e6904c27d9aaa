package jp.yui.domain.shared;

/**
 * A request that one of the organization's rules refuses. Carries the rule's name so callers
 * (HTTP, pages) can explain the refusal in the user's language. Messages never contain personal data.
 */
public final class BusinessRuleViolation extends RuntimeException {

    private final String rule;
    private final boolean conflict;

    BusinessRuleViolation(String rule, String message, boolean conflict) {
        super(message, null, false, false);
        this.rule = rule;
        this.conflict = conflict;
    }

    /** Name of the rule that was broken, e.g. {@code RunHasSeatsLeft}. */
    public String rule() {
        return rule;
    }

    /** True when the current state refuses the request (HTTP 409), false when the request itself is wrong (HTTP 422). */
    public boolean conflictsWithCurrentState() {
        return conflict;
    }
}
