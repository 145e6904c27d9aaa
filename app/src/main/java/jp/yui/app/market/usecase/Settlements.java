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
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 精算: settle a producer for a period with every item no settlement covers yet up to the period's end (late ones
 * of earlier periods included). The items are read from the view; the producer records each item once, so an item
 * the view still shows unsettled because it lags is refused (409) rather than paid twice.
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
        List<SettlementItem> due = items.findBy(org, SettlementItemView.UNSETTLED_BY_PRODUCER.name(), producerId)
                .stream().map(SettlementItemView::item).filter(item -> !item.businessDate().isAfter(periodTo))
                .toList();
        String settlementId = Ids.newId(ID_TYPE);
        commands.sendAndWait(new SettleProducer(producerId, org, settlementId, periodFrom, periodTo, due,
                fees == null ? List.of() : fees, by, LocalDateTime.now(clock)));
        return settlementId;
    }

    public List<SettlementView> ofProducer(String org, String producerId) {
        return settlements.findBy(org, SettlementView.BY_PRODUCER.name(), producerId);
    }

    public SettlementView find(String org, String settlementId) {
        return settlements.find(settlementId).filter(s -> s.organizationId().equals(org)).orElseThrow(NotFound::new);
    }
}
