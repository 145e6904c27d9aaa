package jp.yui.domain.market.api;

import java.time.LocalDate;

/**
 * One thing a settlement pays for or takes back, settled exactly once: a sold line ({@code saleId/lineId}), a voided
 * line ({@code voidId/lineId}) or a refunded line ({@code refundId/lineId}) of one producer. {@code amountYen} is
 * signed: positive for a sale, negative for a void or refund.
 */
public record SettlementItem(String itemId, SettlementItemKind kind, String sessionId, String receiptNumber,
                             LocalDate businessDate, String productId, String description, String productGroup,
                             int taxRate, int quantity, int amountYen) {

    public static String itemId(String factId, String lineId) {
        return factId + "/" + lineId;
    }
}
