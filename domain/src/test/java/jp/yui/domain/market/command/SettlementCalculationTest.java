package jp.yui.domain.market.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.yui.domain.market.api.CommissionFigures;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.RateFigures;
import jp.yui.domain.market.api.SettlementFigures;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.api.SettlementItemKind;

/** A statement's figures worked out by hand. */
class SettlementCalculationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    /** 15 % on everything, 20 % on 加工品 (processed food). */
    private static final CommissionTerms TERMS = new CommissionTerms(1500, Map.of("加工品", 2000));

    static SettlementItem item(String id, SettlementItemKind kind, String group, int rate, int quantity, int amount) {
        return new SettlementItem(id, kind, "TillSession:1", "20250610-3f2a9c1b-1", DAY, "Product:" + id, id, group,
                rate, quantity, amount);
    }

    @Test
    void aMonthWithBothRatesAVoidARefundTwoCommissionGroupsAndAFee() {
        List<SettlementItem> items = List.of(
                item("s1/l1", SettlementItemKind.SALE, "野菜", 8, 3, 900),     // 3 × ¥300 tomatoes
                item("s1/l2", SettlementItemKind.SALE, "加工品", 8, 2, 1296),  // 2 × ¥648 miso
                item("s2/l1", SettlementItemKind.SALE, "花", 10, 1, 1100),     // flowers: no group rate → 15 %
                item("s2/l2", SettlementItemKind.SALE, "加工品", 10, 1, 540),  // jam served at the tables: 10 %
                item("s3/l1", SettlementItemKind.SALE, "野菜", 8, 1, 300),
                item("v1/l1", SettlementItemKind.VOID, "野菜", 8, 1, -300),    // s3's line voided
                item("r1/l2", SettlementItemKind.REFUND, "加工品", 8, 1, -648)); // one miso refunded

        SettlementFigures figures = SettlementCalculation.figures(items, TERMS, List.of(new Fee("袋代", 220)));

        // 8 %: sales 900 + 1,296 + 300 = 2,496; voids 300; refunds 648; net 1,548;
        //      tax floor(1,548 × 8 / 108) = floor(114.67) = 114.
        // 10 %: sales 1,100 + 540 = 1,640; net 1,640; tax floor(1,640 × 10 / 110) = floor(149.09) = 149.
        assertThat(figures.rates()).containsExactly(
                new RateFigures(8, 2496, 300, 648, 1548, 114),
                new RateFigures(10, 1640, 0, 0, 1640, 149));
        assertThat(figures.netSalesYen()).isEqualTo(3188);
        // Producer's rate (野菜 and 花): 900 + 300 − 300 + 1,100 = 2,000 → floor(2,000 × 0.15) = 300.
        // 加工品: 1,296 + 540 − 648 = 1,188 → floor(1,188 × 0.20) = floor(237.6) = 237.
        assertThat(figures.commissions()).containsExactly(
                new CommissionFigures(null, 2000, 1500, 300),
                new CommissionFigures("加工品", 1188, 2000, 237));
        assertThat(figures.commissionYen()).isEqualTo(537);
        // floor(537 × 10 / 100) = floor(53.7) = 53
        assertThat(figures.commissionTaxYen()).isEqualTo(53);
        assertThat(figures.feesYen()).isEqualTo(220);
        // 3,188 − 537 − 53 − 220 = 2,378
        assertThat(figures.payoutYen()).isEqualTo(2378);
    }

    @Test
    void aNegativeNetIsRoundedDownTowardMinusInfinity() {
        List<SettlementItem> items = List.of(item("r1/l1", SettlementItemKind.REFUND, "野菜", 8, 1, -1000));

        SettlementFigures figures = SettlementCalculation.figures(items, TERMS, List.of());

        // tax floor(−1,000 × 8 / 108) = floor(−74.07) = −75; commission floor(−150.0) = −150; its tax −15.
        assertThat(figures.rates()).containsExactly(new RateFigures(8, 0, 0, 1000, -1000, -75));
        assertThat(figures.commissions()).containsExactly(new CommissionFigures(null, -1000, 1500, -150));
        assertThat(figures.commissionTaxYen()).isEqualTo(-15);
        // −1,000 + 150 + 15 = −835: the producer owes what the refund took back, less the commission returned.
        assertThat(figures.payoutYen()).isEqualTo(-835);
    }

    @Test
    void aMonthWithoutSalesHasOnlyItsFees() {
        SettlementFigures figures = SettlementCalculation.figures(List.of(), TERMS, List.of(new Fee("年会費", 1000)));

        assertThat(figures).isEqualTo(new SettlementFigures(List.of(), 0, List.of(), 0, 0, 1000, -1000));
    }

    @Test
    void aGroupWithoutItsOwnRateCountsAtTheProducersRate() {
        assertThat(SettlementCalculation.commissionGroup("加工品", TERMS)).isEqualTo("加工品");
        assertThat(SettlementCalculation.commissionGroup("花", TERMS)).isNull();
        assertThat(SettlementCalculation.commissionGroup(null, TERMS)).isNull();
    }
}
