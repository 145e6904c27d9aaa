package jp.yui.domain.shared;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link BusinessRuleViolation} of one named rule, for aggregate fixtures' expectException. */
public final class RuleViolationMatcher extends TypeSafeMatcher<BusinessRuleViolation> {

    private final String rule;

    private RuleViolationMatcher(String rule) {
        this.rule = rule;
    }

    public static Matcher<BusinessRuleViolation> violationOf(Class<? extends BusinessRule> rule) {
        return new RuleViolationMatcher(rule.getSimpleName());
    }

    @Override
    protected boolean matchesSafely(BusinessRuleViolation violation) {
        return violation.rule().equals(rule);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("violation of rule ").appendValue(rule);
    }

    @Override
    protected void describeMismatchSafely(BusinessRuleViolation item, Description mismatch) {
        mismatch.appendText("violation of rule ").appendValue(item.rule());
    }
}
