package jp.yui.domain.transport.command;

import java.util.stream.IntStream;

import jp.yui.domain.shared.BusinessRule;

/** Money recorded in the car is zero or more yen. */
record AmountsAreNotNegative(int... yen) implements BusinessRule {

    @Override
    public boolean holds() {
        return IntStream.of(yen).allMatch(y -> y >= 0);
    }

    @Override
    public String explanation() {
        return "Amounts cannot be negative";
    }
}
