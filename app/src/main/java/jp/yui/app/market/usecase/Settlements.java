package jp.yui.app.market.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.NotFound;
import jp.yui.app.web.Views;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.SettleProducer;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.query.ProducerView;
import jp.yui.domain.market.query.SettlementItemView;
import jp.yui.domain.market.query.SettlementView;
import jp.yui.domain.shared.BusinessRuleViolation;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 精算: settle a producer for a period with every item no settlement covers yet up to the period's end (late ones
 * of earlier periods included). The items are read from the view; the producer records each item once, so an item
 * the view still shows unsettled because it lags is refused (409) rather than paid twice; the use case then waits
 * for the view to show the settlement before this period and reads the items again, once.
 */
@Service
public class Settlements {

    static final String ID_TYPE = "Settlement";

    private final CommandGateway commands;
    private final ViewStore<ProducerView> producers;
    private final ViewStore<SettlementItemView> items;
    private final ViewStore<SettlementView> settlements;
    private final Clock clock;

    Settlements(CommandGateway commands, ViewStore<ProducerView> producers, ViewStore<SettlementItemView> items,
                ViewStore<SettlementView> settlements, Clock clock) {
        this.commands = commands;
        this.producers = producers;
        this.items = items;
        this.settlements = settlements;
        this.clock = clock;
    }

    /** Settles the producer; answers the new settlement's id. */
    public String settle(String org, String producerId, LocalDate periodFrom, LocalDate periodTo, List<Fee> fees,
                         String by) {
        ProducerView producer = producers.find(producerId).filter(p -> p.organizationId().equals(org))
                .orElseThrow(NotFound::new);
        if (producer.settledTo() != null) {
            // The items of the last settlement are marked with it in the same step as its view is made.
            Views.awaitPresent(() -> ofProducer(org, producerId).stream()
                    .filter(s -> !s.periodTo().isBefore(producer.settledTo())).findFirst());
        }
        String settlementId = Ids.newId(ID_TYPE);
        SettleProducer command = settlement(org, producerId, settlementId, periodFrom, periodTo, fees, by);
        try {
            commands.sendAndWait(command);
        } catch (BusinessRuleViolation violation) {
            if (!violation.rule().equals("ItemsAreSettledOnce")) {
                throw violation;
            }
            // The producer knows a settlement the views did not show yet (the producer's view and the items' are
            // kept by two processors). Once the settlement before this period is in the items' view, its items
            // are marked settled: read them again, once.
            Views.awaitPresent(() -> ofProducer(org, producerId).stream()
                    .filter(s -> !s.periodTo().isBefore(periodFrom.minusDays(1))).findFirst())
                    .orElseThrow(() -> violation);
            commands.sendAndWait(settlement(org, producerId, settlementId, periodFrom, periodTo, fees, by));
        }
        return settlementId;
    }

    private SettleProducer settlement(String org, String producerId, String settlementId, LocalDate periodFrom,
                                      LocalDate periodTo, List<Fee> fees, String by) {
        List<SettlementItem> due = items.findBy(org, SettlementItemView.UNSETTLED_BY_PRODUCER.name(), producerId)
                .stream().map(SettlementItemView::item).filter(item -> !item.businessDate().isAfter(periodTo))
                .toList();
        return new SettleProducer(producerId, org, settlementId, periodFrom, periodTo, due,
                fees == null ? List.of() : fees, by, LocalDateTime.now(clock));
    }

    public List<SettlementView> ofProducer(String org, String producerId) {
        return settlements.findBy(org, SettlementView.BY_PRODUCER.name(), producerId);
    }

    public SettlementView find(String org, String settlementId) {
        return settlements.find(settlementId).filter(s -> s.organizationId().equals(org)).orElseThrow(NotFound::new);
    }
}
