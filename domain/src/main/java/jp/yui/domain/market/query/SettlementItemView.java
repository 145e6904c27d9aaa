package jp.yui.domain.market.query;

import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.shared.query.ViewKey;

/**
 * An item waiting for, or covered by, a producer's settlement: one per sold, voided or refunded line, under its
 * {@link SettlementItem#itemId}. {@code settlementId} is {@code null} until a settlement covers it.
 */
public record SettlementItemView(String itemId, String organizationId, String producerId, SettlementItem item,
                                 String settlementId) {

    /** The items of a producer no settlement covers yet: what the next settlement takes (one lookup). */
    public static final ViewKey<SettlementItemView> UNSETTLED_BY_PRODUCER = ViewKey.of("unsettledProducer",
            view -> view.settlementId() == null ? view.producerId() : null);

    /** The store id of an item: its session and its item id (client ids are unique within a session). */
    public static String idFor(SettlementItem item) {
        return item.sessionId() + "/" + item.itemId();
    }

    public SettlementItemView settledBy(String newSettlementId) {
        return new SettlementItemView(itemId, organizationId, producerId, item, newSettlementId);
    }
}
