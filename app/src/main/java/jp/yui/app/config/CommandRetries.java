package jp.yui.app.config;

import org.axonframework.common.AxonNonTransientException;
import org.axonframework.modelling.command.AggregateStreamCreationException;

import jp.yui.domain.shared.BusinessRuleViolation;

/**
 * Which failed commands the gateway sends again. A conflict with another node's append (Axon's
 * {@code ConcurrencyException}) is worth another try on fresh state, and so is a store that did not answer; a
 * refusal by a business rule, or an aggregate id that is taken, would only be refused again.
 */
final class CommandRetries {

    private CommandRetries() {
    }

    /** Axon asks this of the failure and of each of its causes; one "yes" stops the retries. */
    static boolean isNonTransient(Throwable failure) {
        return failure instanceof AxonNonTransientException
                || failure instanceof BusinessRuleViolation
                || failure instanceof AggregateStreamCreationException;
    }
}
