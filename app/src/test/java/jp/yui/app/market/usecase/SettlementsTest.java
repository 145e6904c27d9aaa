package jp.yui.app.market.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.SettleProducer;
import jp.yui.domain.market.api.SettlementFigures;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.api.SettlementItemKind;
import jp.yui.domain.market.query.ProducerView;
import jp.yui.domain.market.query.SettlementItemView;
import jp.yui.domain.market.query.SettlementView;
import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.shared.query.InMemoryViewStore;

/**
 * Settling right after the settlement before it: the producer knows the earlier settlement, the items' view does not
 * show it yet. The use case waits for the view and sends the settlement again with the items read anew, so the
 * office never sees a refusal caused only by the views lagging.
 */
class SettlementsTest {

    private static final String ORG = "minato";
    private static final String PRODUCER = "Producer:00000000-0000-0000-0000-000000000001";

    /** Named like the producer's rule, so the violation carries its name. */
    private record ItemsAreSettledOnce() implements BusinessRule {
        @Override
        public boolean holds() {
            return false;
        }

        @Override
        public String explanation() {
            return "An item was settled before";
        }
    }

    private static SettlementItem item(String id, LocalDate date) {
        return new SettlementItem(id + "/1", SettlementItemKind.SALE, "TillSession:s", "r-" + id, date,
                "Product:p", "トマト", null, 8, 1, 300);
    }

    @Test
    void aSettlementRefusedBecauseTheItemsViewLagsIsReadAgainAndSent() {
        var producers = new InMemoryViewStore<ProducerView>(ProducerView.BY_NUMBER);
        var items = new InMemoryViewStore<SettlementItemView>(SettlementItemView.UNSETTLED_BY_PRODUCER);
        var settlements = new InMemoryViewStore<SettlementView>(SettlementView.BY_PRODUCER);
        producers.save(PRODUCER, ORG, new ProducerView(PRODUCER, ORG, "001", null, new CommissionTerms(1500, null),
                null, null, false));
        SettlementItem may = item("may", LocalDate.of(2025, 5, 20));
        SettlementItem june = item("june", LocalDate.of(2025, 6, 3));
        for (SettlementItem i : List.of(may, june)) {
            items.save(SettlementItemView.idFor(i), ORG, new SettlementItemView(i.itemId(), ORG, PRODUCER, i, null));
        }
        List<SettleProducer> sent = new ArrayList<>();
        CommandGateway gateway = (CommandGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CommandGateway.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("sendAndWait")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    SettleProducer command = (SettleProducer) args[0];
                    sent.add(command);
                    if (command.items().contains(may)) {
                        // May was settled by the producer already; its processor catches up by the time the
                        // refusal arrives.
                        {
                            items.save(SettlementItemView.idFor(may), ORG,
                                    new SettlementItemView(may.itemId(), ORG, PRODUCER, may, "Settlement:may"));
                            settlements.save("Settlement:may", ORG, new SettlementView("Settlement:may", ORG,
                                    PRODUCER, "001", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), null,
                                    null, List.of(may), List.of(), new SettlementFigures(List.of(), 0, List.of(), 0,
                                    0, 0, 0), "office", LocalDateTime.of(2025, 6, 1, 9, 0)));
                        }
                        new ItemsAreSettledOnce().verify();
                    }
                    return null;
                });
        Clock clock = Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));
        Settlements useCase = new Settlements(gateway, producers, items, settlements, clock);

        String id = useCase.settle(ORG, PRODUCER, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), List.of(),
                "office");

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).settlementId()).isEqualTo(id).isEqualTo(sent.get(0).settlementId());
        assertThat(sent.get(1).items()).containsExactly(june);
    }
}
