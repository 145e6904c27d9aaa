package jp.yui.app.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.app.OwnService;
import jp.yui.domain.market.api.CloseTillSession;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.OpenTillSession;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.api.RecordSale;
import jp.yui.domain.market.api.RegisterProducer;
import jp.yui.domain.market.api.RegisterProduct;
import jp.yui.domain.market.api.RegisterSalesPoint;
import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.SettleProducer;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.api.Till;
import jp.yui.domain.market.command.Producer;
import jp.yui.domain.market.command.Product;
import jp.yui.domain.market.command.SalesPoint;
import jp.yui.domain.market.command.TillSession;
import jp.yui.domain.shared.BusinessRuleViolation;
import jp.yui.domain.shared.Ids;

/**
 * The market's aggregates as the service configures them (event store, cache): each takes its commands, a till
 * session opened twice is one stream with one opening, a sale sent again answers its receipt and stores nothing.
 */
@SpringBootTest
@DirtiesContext
class MarketAggregatesTest {

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "market-aggregates", "test-admin-password-market-aggregates");
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore events;

    @Test
    void aDayAtTheTillThroughTheConfiguredAggregates() {
        String org = "minato";
        String producer = Ids.newId(Producer.ID_TYPE);
        String product = Ids.newId(Product.ID_TYPE);
        String point = Ids.newId(SalesPoint.ID_TYPE);
        String till = "Till:" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2025, 6, 1);
        LocalDateTime at = day.atTime(9, 0);
        commands.sendAndWait(new RegisterProducer(producer, org, "P-001",
                new ProducerDetails("湊 一郎", "ミナト イチロウ", null, null, null), new CommissionTerms(1500, Map.of()),
                null, "office1"));
        commands.sendAndWait(new RegisterProduct(product, org, "0012", "トマト", producer, "野菜", 300,
                TaxCategory.FOOD, "office1"));
        commands.sendAndWait(new RegisterSalesPoint(point, org, "湊の直売所", SalesPointKind.FARM_STAND,
                List.of(new Till(till, "レジ1")), "office1"));

        String session = TillSession.idFor(till, day);
        OpenTillSession open = new OpenTillSession(session, org, point, SalesPointKind.FARM_STAND, till, day, 10_000,
                "佐藤", at);
        commands.sendAndWait(open);
        commands.sendAndWait(open);
        RecordSale sale = new RecordSale(session, org, "sale-1",
                List.of(new SaleLine("l1", product, producer, "野菜", "トマト", 2, 300, 8)),
                List.of(new Payment(Tender.CASH, 600, 1000)), "佐藤", at);
        String receipt = commands.sendAndWait(sale);
        assertThat(receipt).isEqualTo("20250601-" + till.substring(5, 13) + "-1");
        assertThat((String) commands.sendAndWait(sale)).isEqualTo(receipt);
        commands.sendAndWait(new CloseTillSession(session, org, Map.of(Tender.CASH, 10_600), "佐藤", at));

        assertThatThrownBy(() -> commands.sendAndWait(new RecordSale(session, org, "sale-2", sale.lines(),
                sale.payments(), "佐藤", at)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo("TillSessionIsOpen"));
        assertThat(events.readEvents(session).asStream().map(e -> e.getPayloadType().getSimpleName()))
                .containsExactly("TillSessionOpened", "SaleRecorded", "TillSessionClosed");

        assertThat((String) commands.sendAndWait(new SettleProducer(producer, org, "june", day, day.plusDays(29),
                List.of(), List.of(), "office1", at))).isEqualTo("june");
        assertThat(events.readEvents(producer).asStream().map(e -> e.getPayloadType().getSimpleName()))
                .containsExactly("ProducerRegistered", "ProducerSettled");
    }
}
