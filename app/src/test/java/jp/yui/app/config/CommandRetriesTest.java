package jp.yui.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoTimeoutException;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.shared.BusinessRuleViolation;

/**
 * The gateway the service is wired with ({@link StorageConfiguration#commandGateway}), in front of a command bus
 * whose handler fails as told: counting the handler's calls shows which failures Axon's retry scheduler, asking
 * {@link CommandRetries} about the failure and each of its causes, sends again.
 */
class CommandRetriesTest {

    /** The production gateway tries a command once and then at most five more times. */
    private static final int ALL_ATTEMPTS = 6;

    record Attempt() {
    }

    /** Calls of the handler, which throws the next of the given failures and answers "ok" when none is left. */
    private final AtomicInteger calls = new AtomicInteger();

    private CommandGateway gatewayFailingWith(RuntimeException... failures) {
        Deque<RuntimeException> next = new ArrayDeque<>(List.of(failures));
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(Attempt.class.getName(), command -> {
            calls.incrementAndGet();
            if (next.isEmpty()) {
                return "ok";
            }
            throw next.poll();
        });
        return new StorageConfiguration().commandGateway(bus);
    }

    private static BusinessRuleViolation seatsTaken() {
        BusinessRule full = new BusinessRule() {
            @Override
            public boolean holds() {
                return false;
            }

            @Override
            public String explanation() {
                return "full";
            }

            @Override
            public boolean dependsOnCurrentState() {
                return true;
            }
        };
        return (BusinessRuleViolation) catchThrowable(full::verify);
    }

    @Test
    void aConflictWithAnotherNodesAppendIsTriedAgainAndThenSucceeds() {
        CommandGateway gateway = gatewayFailingWith(
                new ConcurrencyException("conflict", new IllegalStateException("E11000 duplicate key")));

        Object result = gateway.sendAndWait(new Attempt());

        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aStoreThatKeepsNotAnsweringIsTriedSixTimesInAll() {
        RuntimeException[] timeouts = new RuntimeException[ALL_ATTEMPTS];
        for (int i = 0; i < timeouts.length; i++) {
            timeouts[i] = new MongoTimeoutException("no answer");
        }
        CommandGateway gateway = gatewayFailingWith(timeouts);

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt())).isInstanceOf(MongoTimeoutException.class);
        assertThat(calls).hasValue(ALL_ATTEMPTS);
    }

    @Test
    void aRefusalByABusinessRuleIsNotTriedAgain() {
        CommandGateway gateway = gatewayFailingWith(seatsTaken());

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt())).isInstanceOf(BusinessRuleViolation.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aRefusalByABusinessRuleWrappedInAnotherFailureIsNotTriedAgain() {
        CommandGateway gateway = gatewayFailingWith(
                new CommandExecutionException("handler failed", seatsTaken()));

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt())).isInstanceOf(CommandExecutionException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anAggregateIdThatIsTakenIsNotTriedAgain() {
        CommandGateway gateway = gatewayFailingWith(new AggregateStreamCreationException("taken"));

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt()))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aMissingAggregateIsNotTriedAgain() {
        CommandGateway gateway = gatewayFailingWith(new AggregateNotFoundException("Run:x", "not found"));

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt())).isInstanceOf(AggregateNotFoundException.class);
        assertThat(calls).hasValue(1);
    }
}
