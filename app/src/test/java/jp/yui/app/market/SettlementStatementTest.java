package jp.yui.app.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.app.JapanClock;
import jp.yui.app.OwnService;
import jp.yui.app.YuiHttp;
import jp.yui.app.market.usecase.Producers;
import jp.yui.app.market.usecase.Products;
import jp.yui.app.market.usecase.SalesPoints;
import jp.yui.app.market.usecase.Settlements;
import jp.yui.app.market.usecase.Tills;
import jp.yui.app.web.NotFound;
import jp.yui.domain.market.api.CommissionFigures;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.api.RateFigures;
import jp.yui.domain.market.api.RefundLine;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.SettlementFigures;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.api.SettlementItemKind;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.query.SaleView;
import jp.yui.domain.market.query.SalesPointView;
import jp.yui.domain.market.query.SettlementItemView;
import jp.yui.domain.market.query.SettlementView;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 精算 of one producer over two months, every figure of both statements checked against numbers worked out by hand
 * (below, with the arithmetic), as JSON and in the PDF's text: sales at 8 % and 10 % (food to take away, flowers,
 * pickles eaten at the stand's tables), two commission groups (the producer's 15 % and 加工品 at 20 %), a voided
 * line, cash and cashless, April settled, then a refund of an April sale recorded on an April till after April was
 * settled (it goes into May), a refund in May of another April sale, and May settled with a fee. Each item is in
 * exactly one settlement; another producer's sale is in neither.
 *
 * <p>The sales go through the use cases the till's API calls (as the app's HTTP tests script a month); the
 * statements are read over HTTP, as the office downloads them.
 */
@Import(JapanClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementStatementTest {

    private static final String PASSWORD = "test-admin-password-settle";
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);
    private static final String BY = "事務局 佐藤";

    private static final LocalDate APRIL_10 = LocalDate.of(2026, 4, 10);
    private static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);
    private static final LocalDate MAY_12 = LocalDate.of(2026, 5, 12);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "settlement", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    JapanClock clock;

    @Autowired
    Producers producers;

    @Autowired
    Products products;

    @Autowired
    SalesPoints salesPoints;

    @Autowired
    Tills tills;

    @Autowired
    Settlements settlements;

    @Autowired
    ViewStore<SettlementItemView> settlementItems;

    @Autowired
    ViewStore<SaleView> sales;

    private YuiHttp http;
    private String org;

    @BeforeEach
    void setUp() {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        org = YuiHttp.unique("s");
    }

    @Test
    void twoMonthsOfAProducerAreSettledWithEveryFigureAsWorkedOutByHand() throws Exception {
        // Yamada: 15 % on everything but 加工品 (pickles), 20 %. Registered for the invoice system (check digit 9:
        // the 12 digits 234567890123 weighted 1, 2, 1, … from the last sum to 72, 72 mod 9 = 0, 9 − 0 = 9).
        String yamada = producers.register(org, new Producers.Registration("P-101",
                new ProducerDetails("山田 花子", "やまだ はなこ", "0242-22-0101", "会津若松市大戸町", null),
                new CommissionTerms(1500, Map.of("加工品", 2000)),
                new InvoiceRegistration("T9234567890123", LocalDate.of(2025, 10, 1), null)), BY);
        String suzuki = producers.register(org, new Producers.Registration("P-102",
                new ProducerDetails("鈴木 一郎", "すずき いちろう", null, null, null), new CommissionTerms(1500, null),
                null), BY);
        String tomato = products.register(org, new Products.Registration("1001", "トマト", yamada, "野菜", 200,
                TaxCategory.FOOD), BY);
        String pickles = products.register(org, new Products.Registration("1002", "漬物", yamada, "加工品", 540,
                TaxCategory.FOOD), BY);
        String flowers = products.register(org, new Products.Registration("1003", "花束", yamada, "花", 1100,
                TaxCategory.OTHER), BY);
        String cabbage = products.register(org, new Products.Registration("2001", "キャベツ", suzuki, "野菜", 150,
                TaxCategory.FOOD), BY);
        String stand = salesPoints.register(org, "みなと直売所", SalesPointKind.FARM_STAND, List.of("レジ1"), BY);
        String till = until(() -> salesPoints.list(org).stream().filter(p -> p.salesPointId().equals(stand))
                .map(SalesPointView::tills).filter(t -> !t.isEmpty()).map(t -> t.get(0).tillId()).findFirst()
                .orElse(null));

        // 2026-04-10
        String april10 = tills.open(org, stand, till, APRIL_10, 20_000, BY, APRIL_10.atTime(8, 30));
        // Sale A, cash (3,000 handed over for 2,840): Yamada's tomatoes, pickles and flowers; Suzuki's cabbages.
        Tills.Receipt a = tills.sell(org, april10, new Tills.Sale("sale-a-0001", List.of(
                new Tills.LineRequest("1", tomato, 3, 200, false),        // 600, 8 %
                new Tills.LineRequest("2", pickles, 1, 540, false),       // 540, 8 %
                new Tills.LineRequest("3", flowers, 1, 1100, false),      // 1,100, 10 %
                new Tills.LineRequest("4", cabbage, 2, 150, false)),      // 300, 8 %, Suzuki's
                List.of(new Payment(Tender.CASH, 2540, 3000)), APRIL_10.atTime(9, 15)), BY);
        assertThat(a.totalYen()).isEqualTo(2540);
        // The tomatoes of sale A were rung up by mistake: voided (600 back in cash).
        tills.voidSale(org, april10, new Tills.Void("void-a-0001", "sale-a-0001", List.of("1"), Tender.CASH,
                "打ち間違い", APRIL_10.atTime(9, 16)), BY);
        // Sale B, cashless: two pickles to take away (8 %) and one eaten at the stand's tables (10 %).
        Tills.Receipt b = tills.sell(org, april10, new Tills.Sale("sale-b-0001", List.of(
                new Tills.LineRequest("1", pickles, 2, 540, false),       // 1,080, 8 %
                new Tills.LineRequest("2", pickles, 1, 540, true)),       // 540, 10 % (eaten in)
                List.of(new Payment(Tender.CASHLESS, 1620, 1620)), APRIL_10.atTime(11, 40)), BY);
        assertThat(b.lines()).extracting(l -> l.taxRate()).containsExactly(8, 10);
        tills.close(org, april10, Map.of(Tender.CASH, 20_000 + 2540 - 600, Tender.CASHLESS, 1620), BY,
                APRIL_10.atTime(17, 0));

        // 2026-04-30: sale C, cash, four tomatoes. The session stays open.
        String april30 = tills.open(org, stand, till, APRIL_30, 20_000, BY, APRIL_30.atTime(8, 30));
        Tills.Receipt c = tills.sell(org, april30, new Tills.Sale("sale-c-0001", List.of(
                new Tills.LineRequest("1", tomato, 4, 200, false)),       // 800, 8 %
                List.of(new Payment(Tender.CASH, 800, 1000)), APRIL_30.atTime(10, 5)), BY);

        // April is settled on 7 May, once the settlements' view has the seven items of Yamada's April.
        awaitUnsettled(yamada, 7);
        clock.set(LocalDateTime.of(2026, 5, 7, 10, 0));
        String april = settlements.settle(org, yamada, LocalDate.of(2026, 4, 1), APRIL_30, List.of(), BY);

        // After April was settled: two of sale C's tomatoes brought back, refunded from the April 30 till (cash).
        // Dated in April, recorded after April's settlement: May's settlement takes it.
        tills.refund(org, april30, new Tills.Refund("refund-c-0001", c.receiptNumber(), List.of(
                new RefundLine("1", 2)), Tender.CASH, "傷み", APRIL_30.atTime(16, 50)), BY);

        // 2026-05-12: sale D, cashless; and the flowers of April's sale A refunded in cash.
        String may12 = tills.open(org, stand, till, MAY_12, 20_000, BY, MAY_12.atTime(8, 30));
        Tills.Receipt d = tills.sell(org, may12, new Tills.Sale("sale-d-0001", List.of(
                new Tills.LineRequest("1", flowers, 2, 1100, false),      // 2,200, 10 %
                new Tills.LineRequest("2", pickles, 1, 540, false)),      // 540, 8 %
                List.of(new Payment(Tender.CASHLESS, 2740, 2740)), MAY_12.atTime(13, 0)), BY);
        until(() -> sales.findBy(org, SaleView.BY_RECEIPT.name(), a.receiptNumber()).isEmpty() ? null : true);
        tills.refund(org, may12, new Tills.Refund("refund-a-0001", a.receiptNumber(), List.of(
                new RefundLine("3", 1)), Tender.CASH, "しおれていた", MAY_12.atTime(14, 0)), BY);

        // May is settled on 5 June with a fee for bags.
        awaitUnsettled(yamada, 4);
        clock.set(LocalDateTime.of(2026, 6, 5, 10, 0));
        String may = settlements.settle(org, yamada, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31),
                List.of(new Fee("袋代", 330)), BY);

        SettlementView first = settlement(april);
        SettlementView second = settlement(may);

        /*
         * April (2026-04-01 to 2026-04-30), Yamada's items:
         *   A tomatoes 3 × 200 = 600 (8 %, 野菜 → the producer's 15 %), voided −600
         *   A pickles 1 × 540 = 540 (8 %, 加工品 20 %)
         *   A flowers 1 × 1,100 = 1,100 (10 %, 花 → 15 %)
         *   B pickles 2 × 540 = 1,080 (8 %, 加工品), B pickles eaten in 1 × 540 = 540 (10 %, 加工品)
         *   C tomatoes 4 × 200 = 800 (8 %, 野菜)
         *  8 %: sales 600 + 540 + 1,080 + 800 = 3,020; voids 600; refunds 0; net 3,020 − 600 = 2,420;
         *       tax floor(2,420 × 8 / 108) = floor(179.26) = 179
         * 10 %: sales 1,100 + 540 = 1,640; voids 0; refunds 0; net 1,640; tax floor(1,640 × 10 / 110) = floor(149.09)
         *       = 149
         * net sales 2,420 + 1,640 = 4,060
         * commission: the producer's 15 % on 600 − 600 + 1,100 + 800 = 1,900 → 285;
         *             加工品 20 % on 540 + 1,080 + 540 = 2,160 → 432; total 285 + 432 = 717
         * its tax floor(717 × 10 / 100) = floor(71.7) = 71; fees 0
         * payout 4,060 − 717 − 71 − 0 = 3,272
         */
        assertThat(first.periodFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(first.periodTo()).isEqualTo(APRIL_30);
        assertThat(first.invoiceNumber()).isEqualTo("T9234567890123");
        assertThat(first.figures()).isEqualTo(new SettlementFigures(
                List.of(new RateFigures(8, 3020, 600, 0, 2420, 179), new RateFigures(10, 1640, 0, 0, 1640, 149)),
                4060,
                List.of(new CommissionFigures(null, 1900, 1500, 285), new CommissionFigures("加工品", 2160, 2000, 432)),
                717, 71, 0, 3272));

        /*
         * May (2026-05-01 to 2026-05-31):
         *   C tomatoes refunded 2 × 200 = −400 (8 %, 野菜; dated 2026-04-30, recorded after April's settlement)
         *   D flowers 2 × 1,100 = 2,200 (10 %, 花), D pickles 1 × 540 = 540 (8 %, 加工品)
         *   A flowers refunded 1 × 1,100 = −1,100 (10 %, 花)
         *  8 %: sales 540; voids 0; refunds 400; net 540 − 400 = 140; tax floor(140 × 8 / 108) = floor(10.37) = 10
         * 10 %: sales 2,200; voids 0; refunds 1,100; net 1,100; tax floor(1,100 × 10 / 110) = 100
         * net sales 140 + 1,100 = 1,240
         * commission: the producer's 15 % on −400 + 2,200 − 1,100 = 700 → 105; 加工品 20 % on 540 → 108;
         *             total 105 + 108 = 213
         * its tax floor(213 × 10 / 100) = floor(21.3) = 21; fees 袋代 330
         * payout 1,240 − 213 − 21 − 330 = 676
         */
        assertThat(second.periodFrom()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(second.figures()).isEqualTo(new SettlementFigures(
                List.of(new RateFigures(8, 540, 0, 400, 140, 10), new RateFigures(10, 2200, 0, 1100, 1100, 100)),
                1240,
                List.of(new CommissionFigures(null, 700, 1500, 105), new CommissionFigures("加工品", 540, 2000, 108)),
                213, 21, 330, 676));
        assertThat(second.fees()).containsExactly(new Fee("袋代", 330));

        // Each item in exactly one settlement, and none of Suzuki's.
        List<String> firstIds = first.items().stream().map(SettlementItem::itemId).toList();
        List<String> secondIds = second.items().stream().map(SettlementItem::itemId).toList();
        assertThat(firstIds).containsExactlyInAnyOrder("sale-a-0001/1", "sale-a-0001/2", "sale-a-0001/3",
                "void-a-0001/1", "sale-b-0001/1", "sale-b-0001/2", "sale-c-0001/1");
        assertThat(secondIds).containsExactlyInAnyOrder("refund-c-0001/1", "sale-d-0001/1", "sale-d-0001/2",
                "refund-a-0001/3");
        Set<String> all = new HashSet<>(firstIds);
        secondIds.forEach(id -> assertThat(all.add(id)).as("%s settled twice", id).isTrue());
        assertThat(all).noneMatch(id -> id.equals("sale-a-0001/4"));
        SettlementItem lateRefund = second.items().stream().filter(i -> i.itemId().equals("refund-c-0001/1"))
                .findFirst().orElseThrow();
        assertThat(lateRefund).isEqualTo(new SettlementItem("refund-c-0001/1", SettlementItemKind.REFUND, april30,
                c.receiptNumber(), APRIL_30, tomato, "トマト", "野菜", 8, 2, -400));
        assertThat(settlementItems.findBy(org, SettlementItemView.UNSETTLED_BY_PRODUCER.name(), yamada)).isEmpty();

        // Over HTTP: the settlement as JSON with the producer's name, and its statement as PDF.
        Map<String, Object> json = http.get(path(april)).json();
        assertThat(json).containsEntry("settlementId", april).containsEntry("producerNumber", "P-101")
                .containsEntry("producerName", "山田 花子").containsEntry("periodTo", "2026-04-30");
        assertThat(((Map<?, ?>) json.get("figures")).get("payoutYen")).isEqualTo(3272);
        assertThat(((List<?>) json.get("items"))).hasSize(7);

        List<String> aprilPdf = pdfLines(april, "seisan-P-101-2026-04-30.pdf");
        assertThat(aprilPdf).contains(
                "精算書（支払通知書）",
                "出荷者番号 P-101 山田 花子 様",
                "登録番号 T9234567890123",
                "精算期間 2026年4月1日〜2026年4月30日",
                "8%（軽減税率） 3,020円 600円 0円 2,420円 179円",
                "10% 1,640円 0円 0円 1,640円 149円",
                "合計 4,660円 600円 0円 4,060円 328円",
                "標準 1,900円 15% 285円",
                "加工品 2,160円 20% 432円",
                "販売手数料 計 717円",
                "販売手数料の消費税（10%） 71円",
                "なし 0円",
                "純売上 (a) 4,060円",
                "販売手数料 (b) 717円",
                "販売手数料の消費税 10% (c) 71円",
                "その他の手数料 (d) 0円",
                "支払額 (a)−(b)−(c)−(d) 3,272円",
                "2026年4月10日 " + a.receiptNumber() + " トマト 3 600円 8% 売上",
                "2026年4月10日 " + a.receiptNumber() + " 漬物 1 540円 8% 売上",
                "2026年4月10日 " + a.receiptNumber() + " 花束 1 1,100円 10% 売上",
                "2026年4月10日 " + a.receiptNumber() + " トマト 3 -600円 8% 取消",
                "2026年4月10日 " + b.receiptNumber() + " 漬物 2 1,080円 8% 売上",
                "2026年4月10日 " + b.receiptNumber() + " 漬物 1 540円 10% 売上",
                "2026年4月30日 " + c.receiptNumber() + " トマト 4 800円 8% 売上");
        assertThat(aprilPdf).anyMatch(line -> line.startsWith("発行者 ") && line.endsWith("精算日 2026年5月7日"));
        assertThat(aprilPdf).noneMatch(line -> line.contains("キャベツ") || line.endsWith("返品"));

        List<String> mayPdf = pdfLines(may, "seisan-P-101-2026-05-31.pdf");
        assertThat(mayPdf).contains(
                "精算期間 2026年5月1日〜2026年5月31日",
                "8%（軽減税率） 540円 0円 400円 140円 10円",
                "10% 2,200円 0円 1,100円 1,100円 100円",
                "合計 2,740円 0円 1,500円 1,240円 110円",
                "標準 700円 15% 105円",
                "加工品 540円 20% 108円",
                "販売手数料 計 213円",
                "販売手数料の消費税（10%） 21円",
                "袋代 330円",
                "純売上 (a) 1,240円",
                "販売手数料 (b) 213円",
                "販売手数料の消費税 10% (c) 21円",
                "その他の手数料 (d) 330円",
                "支払額 (a)−(b)−(c)−(d) 676円",
                "2026年4月30日 " + c.receiptNumber() + " トマト 2 -400円 8% 返品",
                "2026年5月12日 " + d.receiptNumber() + " 花束 2 2,200円 10% 売上",
                "2026年5月12日 " + d.receiptNumber() + " 漬物 1 540円 8% 売上",
                "2026年5月12日 " + a.receiptNumber() + " 花束 1 -1,100円 10% 返品");
        assertThat(mayPdf).anyMatch(line -> line.endsWith("精算日 2026年6月5日"));
        // The items of April are not on May's statement.
        assertThat(mayPdf).noneMatch(line -> line.contains(b.receiptNumber()));
    }

    @Test
    void anotherOrganizationsSettlementIsNotFoundAndOneWithoutSalesHasAStatement() throws Exception {
        String producer = producers.register(org, new Producers.Registration("P-1",
                new ProducerDetails("農家 次郎", "のうか じろう", null, null, null), new CommissionTerms(1800, null),
                null), BY);
        found(() -> producers.find(org, producer));
        clock.set(LocalDateTime.of(2026, 5, 7, 10, 0));
        String settlement = settlements.settle(org, producer, LocalDate.of(2026, 4, 1), APRIL_30, List.of(), BY);
        settlement(settlement);

        String other = YuiHttp.unique("o");
        String elsewhere = "/api/orgs/" + other + "/market/settlements/" + settlement;
        assertThat(http.get(elsewhere).status()).isEqualTo(404);
        assertThat(http.get(elsewhere + "/statement.pdf").status()).isEqualTo(404);
        assertThat(http.get(path(settlement) + "/statement.pdf").status()).isEqualTo(200);

        // A settlement without sales still has a statement: nothing sold, nothing paid.
        List<String> lines = pdfLines(settlement, "seisan-P-1-2026-04-30.pdf");
        assertThat(lines).contains("登録番号 登録番号なし", "この期間の売上はありません。", "支払額 (a)−(b)−(c)−(d) 0円");
    }

    private String path(String settlementId) {
        return "/api/orgs/" + org + "/market/settlements/" + settlementId;
    }

    /** The settlement as its view has it, once there. */
    private SettlementView settlement(String settlementId) {
        return found(() -> settlements.find(org, settlementId));
    }

    /** What a use case finds once its view has it ({@link NotFound} until then). */
    private static <T> T found(java.util.function.Supplier<T> lookup) {
        return until(() -> {
            try {
                return lookup.get();
            } catch (NotFound notYet) {
                return null;
            }
        });
    }

    private void awaitUnsettled(String producerId, int count) {
        until(() -> settlementItems.findBy(org, SettlementItemView.UNSETTLED_BY_PRODUCER.name(), producerId)
                .size() == count ? true : null);
    }

    /** The statement PDF over HTTP (checked as an attachment of its name), as its text's lines. */
    private List<String> pdfLines(String settlementId, String fileName) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path(settlementId) + "/statement.pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename=\"" + fileName + "\"");
        Path saved = Path.of("target", "statements");
        Files.createDirectories(saved);
        Files.write(saved.resolve(fileName), response.body());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).lines()
                    .map(line -> line.strip().replaceAll("\\s+", " ")).toList();
        }
    }

    /** Waits for a value (null: not yet), at most {@link #VIEW_LAG}. */
    private static <T> T until(java.util.function.Supplier<T> value) {
        Instant end = Instant.now().plus(VIEW_LAG);
        while (true) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not there within " + VIEW_LAG);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
