package jp.yui.domain.shared;

/**
 * A named invariant, small enough that a product owner recognises it:
 * {@code new RunHasSeatsLeft(seats, booked, requested).verify()}.
 */
public interface BusinessRule {

    boolean holds();

    /** Why the rule refuses, in English, without any personal data. */
    String explanation();

    /** True when breaking the rule depends on current state (someone else took the last seat). */
    default boolean dependsOnCurrentState() {
        return false;
    }

    default void verify() {
        if (!holds()) {
            throw new BusinessRuleViolation(getClass().getSimpleName(), explanation(), dependsOnCurrentState());
        }
    }
}
