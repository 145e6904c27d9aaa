package jp.yui.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.BusinessRule;

class CommandRetriesTest {

    /** Axon's retry scheduler gives up when the failure or any of its causes is non-transient. */
    private static boolean retried(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (CommandRetries.isNonTransient(t)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aConflictWithAnotherNodesAppendIsRetried() {
        Throwable duplicateKey = new IllegalStateException("E11000 duplicate key");
        assertThat(retried(new ConcurrencyException("conflict", duplicateKey))).isTrue();
    }

    @Test
    void aRefusalByABusinessRuleIsNotRetried() {
        BusinessRule full = new BusinessRule() {
            @Override
            public boolean holds() {
                return false;
            }

            @Override
            public String explanation() {
                return "full";
            }
        };
        assertThat(retried(catchThrowable(full::verify))).isFalse();
    }

    @Test
    void aMissingOrTakenAggregateIsNotRetried() {
        assertThat(retried(new AggregateNotFoundException("Run:x", "not found"))).isFalse();
        assertThat(retried(new AggregateStreamCreationException("taken"))).isFalse();
    }
}
