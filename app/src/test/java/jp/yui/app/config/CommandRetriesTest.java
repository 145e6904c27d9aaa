package jp.yui.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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

    /** Calls of the handler, which throws {@code failure} on its first {@code failing} calls and then answers "ok". */
    private final AtomicInteger calls = new AtomicInteger();

    private CommandGateway gatewayFailing(int failing, RuntimeException failure) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(Attempt.class.getName(), command -> {
            if (calls.incrementAndGet() <= failing) {
                throw failure;
            }
            return "ok";
        });
        return new StorageConfiguration().commandGateway(bus);
    }

    /** A handler that fails every time: a failure that is tried again shows as more calls than one. */
    private CommandGateway gatewayAlwaysFailingWith(RuntimeException failure) {
        return gatewayFailing(Integer.MAX_VALUE, failure);
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
        CommandGateway gateway = gatewayFailing(1,
                new ConcurrencyException("conflict", new IllegalStateException("E11000 duplicate key")));

        Object result = gateway.sendAndWait(new Attempt());

        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aStoreThatKeepsNotAnsweringIsTriedSixTimesInAll() {
        CommandGateway gateway = gatewayAlwaysFailingWith(new MongoTimeoutException("no answer"));

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt())).isInstanceOf(MongoTimeoutException.class);
        assertThat(calls).hasValue(ALL_ATTEMPTS);
    }

    @Test
    void aRefusalByABusinessRuleIsNotTriedAgain() {
        CommandGateway gateway = gatewayAlwaysFailingWith(seatsTaken());

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt())).isInstanceOf(BusinessRuleViolation.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aRefusalByABusinessRuleWrappedInAnotherFailureIsNotTriedAgain() {
        CommandGateway gateway = gatewayAlwaysFailingWith(
                new CommandExecutionException("handler failed", seatsTaken()));

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt())).isInstanceOf(CommandExecutionException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anAggregateIdThatIsTakenIsNotTriedAgain() {
        CommandGateway gateway = gatewayAlwaysFailingWith(new AggregateStreamCreationException("taken"));

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt()))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aMissingAggregateIsNotTriedAgain() {
        CommandGateway gateway = gatewayAlwaysFailingWith(new AggregateNotFoundException("Run:x", "not found"));

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt())).isInstanceOf(AggregateNotFoundException.class);
        assertThat(calls).hasValue(1);
    }
}
