package jp.yui.domain.market.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.ProducerSettled;
import jp.yui.domain.market.api.RateTotal;
import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.market.api.SaleRecorded;
import jp.yui.domain.market.api.SaleRefunded;
import jp.yui.domain.market.api.SaleVoided;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.api.SettlementItemKind;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.api.TenderCount;
import jp.yui.domain.market.api.TillSessionClosed;
import jp.yui.domain.market.api.TillSessionOpened;

/**
 * Two days at the farm stand's till, as events: day 1 a cash sale (tomatoes 8 %, a towel 10 %) and a cashless one
 * whose line is voided, closed ¥10 short; day 2 one tomato of the first sale refunded; then producer 1 settled for
 * day 1.
 */
final class MarketDay {

    static final String ORG = "minato";
    static final String POINT = "SalesPoint:1";
    static final String TILL = "Till:1";
    static final String DAY1_SESSION = "TillSession:day1";
    static final String DAY2_SESSION = "TillSession:day2";
    static final LocalDate DAY1 = LocalDate.of(2026, 5, 10);
    static final LocalDate DAY2 = LocalDate.of(2026, 5, 11);
    static final String P1 = "Producer:1";
    static final String P2 = "Producer:2";

    static final SaleLine TOMATOES = new SaleLine("l1", "Product:tomato", P1, "野菜", "トマト", 2, 200, 8);
    static final SaleLine TOWEL = new SaleLine("l2", "Product:towel", P2, null, "手ぬぐい", 1, 500, 10);
    static final SaleLine JAM = new SaleLine("l1", "Product:jam", P1, "加工品", "ジャム", 1, 600, 8);

    static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0);
    }

    static final TillSessionOpened OPENED_1 = new TillSessionOpened(DAY1_SESSION, ORG, POINT,
            SalesPointKind.FARM_STAND, TILL, DAY1, 10_000, "店番 花子", at(DAY1, 8));
    static final SaleRecorded SALE_1 = new SaleRecorded(DAY1_SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL,
            DAY1, "sale-0001", "20260510-1-1", List.of(TOMATOES, TOWEL),
            List.of(new Payment(Tender.CASH, 900, 1000)), RateTotal.of(List.of(TOMATOES, TOWEL)), 900, "店番 花子",
            at(DAY1, 9));
    static final SaleRecorded SALE_2 = new SaleRecorded(DAY1_SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL,
            DAY1, "sale-0002", "20260510-1-2", List.of(JAM), List.of(new Payment(Tender.CASHLESS, 600, 600)),
            RateTotal.of(List.of(JAM)), 600, "店番 花子", at(DAY1, 10));
    static final SaleVoided VOIDED = new SaleVoided(DAY1_SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY1,
            "void-0001", "sale-0002", "20260510-1-2", List.of(JAM), RateTotal.of(List.of(JAM)), 600,
            Tender.CASHLESS, "打ち間違い", "店番 花子", at(DAY1, 11));
    static final TillSessionClosed CLOSED_1 = new TillSessionClosed(DAY1_SESSION, ORG, POINT, TILL, DAY1,
            List.of(new TenderCount(Tender.CASH, 10_900, 10_890, -10), new TenderCount(Tender.CASHLESS, 0, 0, 0)),
            "店番 花子", at(DAY1, 17));
    static final TillSessionOpened OPENED_2 = new TillSessionOpened(DAY2_SESSION, ORG, POINT,
            SalesPointKind.FARM_STAND, TILL, DAY2, 10_000, "店番 太郎", at(DAY2, 8));
    static final SaleRefunded REFUNDED = new SaleRefunded(DAY2_SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL,
            DAY2, "refund-0001", DAY1_SESSION, "sale-0001", "20260510-1-1", List.of(TOMATOES.withQuantity(1)),
            RateTotal.of(List.of(TOMATOES.withQuantity(1))), 200, Tender.CASH, "傷み", "店番 太郎", at(DAY2, 9));

    static final SettlementItem TOMATOES_SOLD = new SettlementItem("sale-0001/l1", SettlementItemKind.SALE,
            DAY1_SESSION, "20260510-1-1", DAY1, "Product:tomato", "トマト", "野菜", 8, 2, 400);
    static final SettlementItem JAM_SOLD = new SettlementItem("sale-0002/l1", SettlementItemKind.SALE,
            DAY1_SESSION, "20260510-1-2", DAY1, "Product:jam", "ジャム", "加工品", 8, 1, 600);
    static final SettlementItem JAM_VOIDED = new SettlementItem("void-0001/l1", SettlementItemKind.VOID,
            DAY1_SESSION, "20260510-1-2", DAY1, "Product:jam", "ジャム", "加工品", 8, 1, -600);
    static final SettlementItem TOMATO_REFUNDED = new SettlementItem("refund-0001/l1", SettlementItemKind.REFUND,
            DAY2_SESSION, "20260510-1-1", DAY2, "Product:tomato", "トマト", "野菜", 8, 1, -200);

    /** Producer 1 settled for day 1: the tomatoes sold, the jam sold and voided (the refund came after). */
    static final ProducerSettled SETTLED = new ProducerSettled(P1, ORG, "001", "Settlement:1", DAY1, DAY1, null,
            new CommissionTerms(1500, Map.of()), List.of(TOMATOES_SOLD, JAM_SOLD, JAM_VOIDED), List.of(), null,
            "office", at(DAY1, 18));

    static final List<Object> HISTORY = List.of(OPENED_1, SALE_1, SALE_2, VOIDED, CLOSED_1, OPENED_2, REFUNDED,
            SETTLED);

    private MarketDay() {
    }
}
