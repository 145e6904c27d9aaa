package jp.yui.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The demo's market year as planned, before any command: the figures it will make, the same on every machine. */
class MarketDemoTest {

    @Test
    void theFarmStandsYearComesToAboutOnePointFiveMillionYen() {
        List<MarketDemo.TillDay> plan = MarketDemo.plan(new Random(2025_10_19L));

        long net = MarketDemo.plannedNet(plan, "farm");
        assertThat(net).isBetween(1_350_000L, 1_650_000L);
        assertThat(plan.stream().filter(d -> d.salesPoint().equals("farm")).map(MarketDemo.TillDay::date)
                .distinct().count()).as("business days").isBetween(240L, 300L);
        assertThat(plan.stream().flatMap(d -> d.sales().stream()).filter(MarketDemo.Sale::voidLast).count())
                .as("voids").isBetween(3L, 60L);
        assertThat(plan.stream().flatMap(d -> d.sales().stream()).filter(MarketDemo.Sale::refundOne).count())
                .as("refunds").isBetween(3L, 40L);
        assertThat(plan.stream().filter(d -> d.cashOffYen() != 0).count()).as("closes over or short").isPositive();
        assertThat(plan.stream().filter(d -> d.salesPoint().equals("market")).map(MarketDemo.TillDay::date)
                .distinct().toList()).containsExactly(MarketDemo.MARKET_DAY);
        assertThat(MarketDemo.plannedNet(MarketDemo.plan(new Random(2025_10_19L)), "farm")).as("deterministic")
                .isEqualTo(net);
        System.out.printf("Planned: farm stand ¥%,d, market ¥%,d, %d receipts%n", net,
                MarketDemo.plannedNet(plan, "market"), plan.stream().mapToInt(d -> d.sales().size()).sum());
    }

    @Test
    void aDozenProducersAtTheFarmStandSomeWithAnInvoiceNumberWhoseCheckDigitHolds() {
        assertThat(MarketDemo.PRODUCERS.stream().filter(p -> p.org().equals(MarketDemo.FARM_ORG))).hasSize(12);
        assertThat(MarketDemo.invoiceNumber("180301018771")).isEqualTo("T1180301018771");
        assertThat(MarketDemo.PRODUCERS.stream().filter(p -> p.invoiceBase() != null)
                .map(p -> MarketDemo.invoiceNumber(p.invoiceBase()))).allMatch(n -> n.matches("T[1-9][0-9]{12}"))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(MarketDemo.PRODUCERS).allMatch(p -> p.basisPoints() <= 2000);
        assertThat(MarketDemo.PRODUCERS.stream().filter(p -> !p.byGroup().isEmpty())).isNotEmpty();
    }
}
