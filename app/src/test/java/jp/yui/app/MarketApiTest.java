package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.MongoDatabase;

import jp.yui.domain.market.query.SettlementItemView;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/**
 * The farm stand over real HTTP: a day at two tills through to a producer's settlement, and bad input (a negative
 * quantity, an unknown producer or product, a fraction of a yen, a tax rate other than 8 or 10, a float at another
 * organization's till) refused with a problem and nothing stored. Each test works in an organization of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MarketApiTest {

    private static final String PASSWORD = "test-admin-password-m";
    private static final String USER_PASSWORD = "a-long-user-password";
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    /** 適格請求書発行事業者の登録番号 with a valid check digit. */
    private static final String INVOICE_NUMBER = "T7123456789012";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "market", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    ViewStore<SettlementItemView> settlementItems;

    private YuiHttp http;
    private String org;
    private String market;

    @BeforeEach
    void setUp() {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD).viaToken();
        org = YuiHttp.unique("m");
        market = "/api/orgs/" + org + "/market";
    }

    private long storedEvents() {
        return database.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments();
    }

    private long eventsOf(String aggregateId) {
        return database.getCollection(SequencedEventStorageEngine.EVENTS)
                .countDocuments(new Document("aggregateIdentifier", aggregateId));
    }

    private String producer(String base, String number) {
        return http.created(http.post(base + "/producers", """
                {"producerNumber":"%s","details":{"name":"湊 一郎","kana":"みなと いちろう","phone":"0242-11-2233",
                 "address":"湊町 1","bank":{"bankName":"会津銀行","branchName":"湊支店","accountType":"普通",
                 "accountNumber":"1234567","holderKana":"ミナト イチロウ"}},
                 "commission":{"basisPoints":1500},
                 "invoice":{"number":"%s","validFrom":"2023-10-01"}}""".formatted(number, INVOICE_NUMBER)),
                "producerId");
    }

    private String product(String base, String code, String producerId, int priceYen, String category) {
        return http.created(http.post(base + "/products", """
                {"code":"%s","name":"品 %s","producerId":"%s","priceYen":%d,"taxCategory":"%s"}"""
                .formatted(code, code, producerId, priceYen, category)), "productId");
    }

    /** A sales point with {@code tills} tills: its id, then each till's id. */
    @SuppressWarnings("unchecked")
    private List<String> salesPoint(String base, int tills) {
        String names = String.join(",", java.util.stream.IntStream.rangeClosed(1, tills)
                .mapToObj(i -> "\"レジ" + i + "\"").toList());
        YuiHttp.Response r = http.post(base + "/sales-points", """
                {"name":"湊直売所","kind":"FARM_STAND","tills":[%s]}""".formatted(names));
        String id = http.created(r, "salesPointId");
        List<String> ids = new java.util.ArrayList<>(List.of(id));
        ((List<Map<String, Object>>) r.json().get("tills")).forEach(t -> ids.add((String) t.get("tillId")));
        return ids;
    }

    private String open(String base, String salesPointId, String tillId, int floatYen) {
        return http.created(http.post(base + "/till-sessions", """
                {"salesPointId":"%s","tillId":"%s","businessDate":"%s","floatYen":%d,"openedBy":"店番 花子"}"""
                .formatted(salesPointId, tillId, TODAY, floatYen)), "sessionId");
    }

    private YuiHttp.Response sell(String sessionId, String saleId, String lines, String payments) {
        return http.post(market + "/till-sessions/" + sessionId + "/sales", """
                {"saleId":"%s","lines":[%s],"payments":[%s],"at":"%sT10:00:00"}"""
                .formatted(saleId, lines, payments, TODAY));
    }

    private static String line(String lineId, String productId, String quantity, String unitPrice, String extra) {
        return """
                {"lineId":"%s","productId":"%s","quantity":%s,"unitPriceYen":%s%s}"""
                .formatted(lineId, productId, quantity, unitPrice, extra);
    }

    private Map<String, Object> session(String sessionId, java.util.function.Predicate<Map<String, Object>> done)
            throws InterruptedException {
        return YuiHttp.eventually(VIEW_LAG, () -> {
            YuiHttp.Response r = http.get(market + "/till-sessions/" + sessionId);
            return r.status() == 200 ? r.json() : Map.<String, Object>of();
        }, done);
    }

    private static int receipts(Map<String, Object> session) {
        return session.get("receipts") instanceof List<?> l ? l.size() : -1;
    }

    private static void assertProblem(YuiHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDayAtTwoTillsIsSettledWithTheVoidAndTheRefundNetted() throws Exception {
        String producer = producer(market, "001");
        String tomato = product(market, "1001", producer, 200, "FOOD");
        String towel = product(market, "2001", producer, 500, "OTHER");
        List<String> point = salesPoint(market, 2);
        String till1 = open(market, point.get(0), point.get(1), 10_000);
        String till2 = open(market, point.get(0), point.get(2), 5_000);
        assertThat(open(market, point.get(0), point.get(1), 10_000)).as("opened again: the same session")
                .isEqualTo(till1);

        // Two tomatoes (8 %) and a towel (10 %) paid 1,000 yen in cash: 100 yen change, tax per rate.
        String sale1 = line("1", tomato, "2", "200", "") + "," + line("2", towel, "1", "500", "");
        YuiHttp.Response receipt = sell(till1, "sale-000001", sale1,
                "{\"tender\":\"CASH\",\"amountYen\":900,\"tenderedYen\":1000}");
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        Map<String, Object> r1 = receipt.json();
        assertThat(r1).containsEntry("totalYen", 900).containsEntry("changeYen", 100);
        assertThat((List<Map<String, Object>>) r1.get("rateTotals")).containsExactly(
                Map.of("taxRate", 8, "totalYen", 400, "taxYen", 29), Map.of("taxRate", 10, "totalYen", 500, "taxYen", 45));
        assertThat((List<Map<String, Object>>) r1.get("lines")).first()
                .satisfies(l -> assertThat(l).containsEntry("producerId", producer).containsEntry("taxRate", 8)
                        .containsEntry("description", "品 1001"));
        String receiptNumber = (String) r1.get("receiptNumber");
        long till1Events = eventsOf(till1);
        YuiHttp.Response again = sell(till1, "sale-000001", sale1,
                "{\"tender\":\"CASH\",\"amountYen\":900,\"tenderedYen\":1000}");
        assertThat(again.json()).containsEntry("receiptNumber", receiptNumber);
        assertThat(eventsOf(till1)).as("the same sale sent again is stored once").isEqualTo(till1Events);

        // A tomato eaten at the tables (10 %) paid cashless, then voided.
        YuiHttp.Response r2 = sell(till1, "sale-000002", line("1", tomato, "1", "200", ",\"eatIn\":true"),
                "{\"tender\":\"CASHLESS\",\"amountYen\":200}");
        assertThat(r2.json()).containsEntry("changeYen", 0);
        assertThat((List<Map<String, Object>>) r2.json().get("lines")).first()
                .satisfies(l -> assertThat(l).containsEntry("taxRate", 10));
        assertThat(http.post(market + "/till-sessions/" + till1 + "/voids", """
                {"voidId":"void-000001","saleId":"sale-000002","lineIds":["1"],"tender":"CASHLESS",
                 "reason":"打ち間違い","at":"%sT10:05:00"}""".formatted(TODAY)).status()).isEqualTo(200);

        // One tomato of the first sale brought back to the other till, found by the receipt number.
        session(till1, s -> receipts(s) == 3);
        YuiHttp.Response refund = http.post(market + "/till-sessions/" + till2 + "/refunds", """
                {"refundId":"refund-000001","receiptNumber":"%s","lines":[{"lineId":"1","quantity":1}],
                 "tender":"CASH","reason":"傷み","at":"%sT11:00:00"}""".formatted(receiptNumber, TODAY));
        assertThat(refund.status()).as(refund.body()).isEqualTo(200);
        YuiHttp.Response tooMuch = http.post(market + "/till-sessions/" + till2 + "/refunds", """
                {"refundId":"refund-000002","receiptNumber":"%s","lines":[{"lineId":"1","quantity":2}],
                 "tender":"CASH","reason":"傷み","at":"%sT11:05:00"}""".formatted(receiptNumber, TODAY));
        assertProblem(tooMuch, 409);

        // Closed ten yen short at till 1; till 2 as expected (float less the refund).
        YuiHttp.Response closed = http.post(market + "/till-sessions/" + till1 + "/close", """
                {"counted":{"CASH":10890,"CASHLESS":0},"closedBy":"店番 花子","at":"%sT17:00:00"}""".formatted(TODAY));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) closed.json().get("closedTenders")).containsExactly(
                Map.of("tender", "CASH", "expectedYen", 10_900, "countedYen", 10_890, "differenceYen", -10),
                Map.of("tender", "CASHLESS", "expectedYen", 0, "countedYen", 0, "differenceYen", 0));
        assertProblem(http.post(market + "/till-sessions/" + till1 + "/close", """
                {"counted":{"CASH":10890}}"""), 409);
        assertThat((List<Map<String, Object>>) http.post(market + "/till-sessions/" + till2 + "/close", """
                {"counted":{"CASH":4800,"CASHLESS":0}}""").json().get("closedTenders"))
                .first().satisfies(t -> assertThat(t).containsEntry("differenceYen", 0));
        assertProblem(sell(till1, "sale-000003", line("1", tomato, "1", "200", ""),
                "{\"tender\":\"CASH\",\"amountYen\":200}"), 409);

        // The day's receipts as the till shows them.
        Map<String, Object> day = session(till1, s -> s.get("closedAt") != null);
        assertThat((List<Map<String, Object>>) day.get("receipts")).extracting(r -> r.get("kind"), r -> r.get("id"))
                .containsExactly(tuple("SALE", "sale-000001"),
                        tuple("SALE", "sale-000002"),
                        tuple("VOID", "void-000001"));

        // Settled for the day once the five items (2 sold lines + 1 sold, voided, refunded) are there.
        YuiHttp.eventually(VIEW_LAG, () -> settlementItems.findBy(org,
                SettlementItemView.UNSETTLED_BY_PRODUCER.name(), producer).size(), n -> n == 5);
        YuiHttp.Response settled = http.post(market + "/producers/" + producer + "/settlements", """
                {"periodFrom":"%s","periodTo":"%s","fees":[{"description":"袋代","amountYen":100}]}"""
                .formatted(TODAY, TODAY));
        String settlementId = http.created(settled, "settlementId");
        List<Map<String, Object>> settlements = YuiHttp.eventually(VIEW_LAG,
                () -> http.getList(market + "/producers/" + producer + "/settlements"), l -> !l.isEmpty());
        Map<String, Object> settlement = settlements.get(0);
        assertThat(settlement).containsEntry("settlementId", settlementId).containsEntry("invoiceNumber", INVOICE_NUMBER);
        Map<String, Object> figures = (Map<String, Object>) settlement.get("figures");
        // 8 %: 400 sold − 200 refunded = 200 (tax 14); 10 %: 700 sold − 200 voided = 500 (tax 45); commission 15 % of
        // 700 = 105, its tax 10; fees 100; payout 700 − 105 − 10 − 100 = 485.
        assertThat((List<Map<String, Object>>) figures.get("rates")).containsExactly(
                Map.of("taxRate", 8, "salesYen", 400, "voidsYen", 0, "refundsYen", 200, "netYen", 200, "taxYen", 14),
                Map.of("taxRate", 10, "salesYen", 700, "voidsYen", 200, "refundsYen", 0, "netYen", 500, "taxYen", 45));
        assertThat(figures).containsEntry("netSalesYen", 700).containsEntry("commissionYen", 105)
                .containsEntry("commissionTaxYen", 10).containsEntry("feesYen", 100).containsEntry("payoutYen", 485);
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> settlementItems.findBy(org,
                SettlementItemView.UNSETTLED_BY_PRODUCER.name(), producer).size(), n -> n == 0)).isZero();

        // The producer as the office reads them: details opened, settled to the day; the product by its code.
        Map<String, Object> shown = YuiHttp.eventually(VIEW_LAG,
                () -> http.get(market + "/producers/" + producer).json(), p -> TODAY.toString().equals(p.get("settledTo")));
        assertThat((Map<String, Object>) shown.get("details")).containsEntry("name", "湊 一郎");
        assertThat(http.getList("/api/orgs/" + org + "/audit")).as("reads of the producer's details are logged")
                .anySatisfy(entry -> assertThat(entry).containsEntry("what", "producer")
                        .containsEntry("subjects", List.of(producer)));
        assertThat(http.getList(market + "/products?code=2001")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("productId", towel).containsEntry("taxCategory", "OTHER"));
        assertThat(http.getList(market + "/products?code=9999")).isEmpty();
        assertThat(http.getList(market + "/sales-points")).singleElement()
                .satisfies(p -> assertThat((List<?>) p.get("tills")).hasSize(2));
    }

    @Test
    void aNegativeQuantityIsRefusedAndNothingIsStored() throws Exception {
        String producer = producer(market, "001");
        String tomato = product(market, "1001", producer, 200, "FOOD");
        List<String> point = salesPoint(market, 1);
        String session = open(market, point.get(0), point.get(1), 10_000);
        long before = storedEvents();

        assertProblem(sell(session, "sale-000001", line("1", tomato, "-1", "200", ""),
                "{\"tender\":\"CASH\",\"amountYen\":-200}"), 400);
        assertProblem(http.post(market + "/till-sessions/" + session + "/refunds", """
                {"refundId":"refund-000001","receiptNumber":"x-1","lines":[{"lineId":"1","quantity":-1}],
                 "tender":"CASH","reason":"x","at":"%sT11:00:00"}""".formatted(TODAY)), 400);

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(receipts(session(session, s -> receipts(s) >= 0))).isZero();
    }

    @Test
    void aProductOfAnUnknownOrAnotherOrganizationsProducerIsRefusedAndNothingIsStored() {
        String otherOrgsProducer = producer("/api/orgs/" + YuiHttp.unique("m") + "/market", "001");
        producer(market, "001");
        long before = storedEvents();

        for (String producer : List.of(otherOrgsProducer, "Producer:00000000-0000-0000-0000-000000000000")) {
            YuiHttp.Response r = http.post(market + "/products", """
                    {"code":"1001","name":"トマト","producerId":"%s","priceYen":200,"taxCategory":"FOOD"}"""
                    .formatted(producer));
            assertProblem(r, 422);
            assertThat(r.json()).containsEntry("type", "urn:yui:problem:unknown-producer");
        }
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(http.getList(market + "/products")).isEmpty();
    }

    @Test
    void aSaleOfAnUnknownProductIsRefusedAndNothingIsStored() throws Exception {
        String otherMarket = "/api/orgs/" + YuiHttp.unique("m") + "/market";
        String othersProduct = product(otherMarket, "1001", producer(otherMarket, "001"), 200, "FOOD");
        List<String> point = salesPoint(market, 1);
        String session = open(market, point.get(0), point.get(1), 10_000);
        session(session, s -> receipts(s) == 0);
        long before = storedEvents();

        for (String product : List.of(othersProduct, "Product:00000000-0000-0000-0000-000000000000")) {
            YuiHttp.Response r = sell(session, "sale-000001", line("1", product, "1", "200", ""),
                    "{\"tender\":\"CASH\",\"amountYen\":200}");
            assertProblem(r, 422);
            assertThat(r.json()).containsEntry("type", "urn:yui:problem:unknown-product");
        }
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(eventsOf(session)).isEqualTo(1);
    }

    /** Jackson would cut 150.5 to 150 by default (ACCEPT_FLOAT_AS_INT); the service turns that off. */
    @Test
    void aFractionOfAYenIsRefusedNotRoundedAndNothingIsStored() throws Exception {
        String producer = producer(market, "001");
        String tomato = product(market, "1001", producer, 200, "FOOD");
        List<String> point = salesPoint(market, 1);
        String session = open(market, point.get(0), point.get(1), 10_000);
        long before = storedEvents();

        YuiHttp.Response sale = sell(session, "sale-000001", line("1", tomato, "1", "150.5", ""),
                "{\"tender\":\"CASH\",\"amountYen\":150}");
        assertProblem(sale, 400);
        assertThat(sale.json()).containsEntry("type", "urn:yui:problem:unreadable-request");
        assertProblem(sell(session, "sale-000002", line("1", tomato, "1", "150", ""),
                "{\"tender\":\"CASH\",\"amountYen\":150.0}"), 400);
        assertProblem(http.post(market + "/products", """
                {"code":"1002","name":"きゅうり","producerId":"%s","priceYen":99.9,"taxCategory":"FOOD"}"""
                .formatted(producer)), 400);
        assertProblem(http.post(market + "/till-sessions", """
                {"salesPointId":"%s","tillId":"%s","businessDate":"%s","floatYen":10000.5}"""
                .formatted(point.get(0), point.get(1), TODAY.plusDays(1))), 400);

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(receipts(session(session, s -> receipts(s) >= 0))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStatedTaxRateOtherThanEightOrTenIsRefusedAndNothingIsStored() throws Exception {
        String producer = producer(market, "001");
        String tomato = product(market, "1001", producer, 200, "FOOD");
        List<String> point = salesPoint(market, 1);
        String session = open(market, point.get(0), point.get(1), 10_000);
        long before = storedEvents();

        for (String rate : List.of("5", "0", "9", "108")) {
            YuiHttp.Response r = sell(session, "sale-00000" + rate, line("1", tomato, "1", "200",
                    ",\"taxRate\":" + rate), "{\"tender\":\"CASH\",\"amountYen\":200}");
            assertProblem(r, 422);
            assertThat(r.json()).containsEntry("rule", "TaxRateIsEightOrTen")
                    .containsEntry("title", "税率は8%か10%です");
        }
        assertThat(storedEvents()).isEqualTo(before);

        // A stated rate of 10 on food (sold to eat in, say) is the line's rate.
        YuiHttp.Response ten = sell(session, "sale-000010", line("1", tomato, "1", "200", ",\"taxRate\":10"),
                "{\"tender\":\"CASH\",\"amountYen\":200}");
        assertThat(ten.status()).as(ten.body()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) ten.json().get("rateTotals")).containsExactly(
                Map.of("taxRate", 10, "totalYen", 200, "taxYen", 18));
    }

    @Test
    void aFloatAtAnotherOrganizationsSalesPointOrTillIsRefusedAndNothingIsStored() throws Exception {
        String otherOrg = YuiHttp.unique("m");
        List<String> others = salesPoint("/api/orgs/" + otherOrg + "/market", 1);
        List<String> own = salesPoint(market, 1);
        YuiHttp.eventually(VIEW_LAG, () -> http.getList(market + "/sales-points").size(), n -> n == 1);
        long before = storedEvents();

        assertProblem(http.post(market + "/till-sessions", """
                {"salesPointId":"%s","tillId":"%s","businessDate":"%s","floatYen":10000}"""
                .formatted(others.get(0), others.get(1), TODAY)), 404);
        assertProblem(http.post(market + "/till-sessions", """
                {"salesPointId":"%s","tillId":"%s","businessDate":"%s","floatYen":10000}"""
                .formatted(own.get(0), others.get(1), TODAY)), 404);
        // The other organization's own login is refused this organization's tills, whatever it sends.
        String login = YuiHttp.unique("till");
        assertThat(http.post("/api/users", """
                {"username":"%s","password":"%s","roles":["ORG_ADMIN","TILL_STAFF"],"organizationId":"%s"}"""
                .formatted(login, USER_PASSWORD, otherOrg)).status()).isEqualTo(201);
        assertProblem(http.as(login, USER_PASSWORD).post(market + "/till-sessions", """
                {"salesPointId":"%s","tillId":"%s","businessDate":"%s","floatYen":10000}"""
                .formatted(own.get(0), own.get(1), TODAY)), 403);

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(eventsOf(jp.yui.app.market.usecase.Tills.sessionId(others.get(1), TODAY))).isZero();
        assertThat(eventsOf(jp.yui.app.market.usecase.Tills.sessionId(own.get(1), TODAY))).isZero();
    }

    @Test
    void tillStaffRecordTheDayButNeverSeeProducers() throws Exception {
        String producer = producer(market, "001");
        String tomato = product(market, "1001", producer, 200, "FOOD");
        List<String> point = salesPoint(market, 1);
        String login = YuiHttp.unique("till");
        assertThat(http.post("/api/users", """
                {"username":"%s","password":"%s","roles":["TILL_STAFF"],"organizationId":"%s"}"""
                .formatted(login, USER_PASSWORD, org)).status()).isEqualTo(201);
        YuiHttp till = http.as(login, USER_PASSWORD);

        String session = till.created(till.post(market + "/till-sessions", """
                {"salesPointId":"%s","tillId":"%s","businessDate":"%s","floatYen":10000}"""
                .formatted(point.get(0), point.get(1), TODAY)), "sessionId");
        YuiHttp.Response sale = till.post(market + "/till-sessions/" + session + "/sales", """
                {"saleId":"sale-000001","lines":[%s],"payments":[{"tender":"CASH","amountYen":200}],"at":"%sT10:00:00"}"""
                .formatted(line("1", tomato, "1", "200", ""), TODAY));
        assertThat(sale.status()).as(sale.body()).isEqualTo(200);
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> till.getList(market + "/products?code=1001").size(),
                n -> n == 1)).isEqualTo(1);

        for (String path : List.of("/producers", "/producers/" + producer, "/producers/" + producer + "/settlements")) {
            YuiHttp.Response r = till.get(market + path);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.body()).doesNotContain("湊 一郎").doesNotContain("0242-11-2233");
        }
        assertThat(till.post(market + "/products", "{}").status()).isEqualTo(403);
    }
}
