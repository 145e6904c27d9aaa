package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.app.JapanClock;
import jp.yui.app.OwnService;
import jp.yui.app.YuiHttp;
import jp.yui.app.market.usecase.Producers;
import jp.yui.app.market.usecase.Products;
import jp.yui.app.market.usecase.SalesPoints;
import jp.yui.app.market.usecase.Tills;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.api.RefundLine;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.query.SalesPointView;

/**
 * The 直売所・マルシェ section of the figures page in real Chromium: a farm stand's two June days and a market day
 * scripted through the use cases (sales at 8 % and 10 %, a void, a close ¥10 short, a refund the next day at the other
 * till) show in the June row, the market day's row, the producer and tax-rate tables, the charts' data and the CSV,
 * with the figures worked out by hand; the city page shows the organization's market net; axe-clean in both languages.
 */
@org.springframework.context.annotation.Import(JapanClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketFiguresPageTest {

    private static final String PASSWORD = "market-figures-admin-password-1";
    private static final String USER_PASSWORD = "market-figures-user-password-1";
    private static final LocalDate SATURDAY = LocalDate.of(2025, 6, 14);
    private static final LocalDate SUNDAY = LocalDate.of(2025, 6, 15);
    private static final LocalDate MARKET_DAY = LocalDate.of(2025, 10, 19);
    private static final String GROWER_NAME = "港 太郎";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-market-figures", PASSWORD);
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

    private Browser browser;
    private YuiHttp admin;

    @BeforeAll
    void open() {
        browser = Browser.desktop("http://localhost:" + port);
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aScriptedFarmStandAndMarketShowInTheTablesTheChartsAndTheCsv() throws Exception {
        clock.set(SATURDAY.atTime(8, 0));
        String org = admin.newOrganization("mf", "みなと直売テスト会");
        String farm = salesPoints.register(org, "みなと直売所", SalesPointKind.FARM_STAND, List.of("レジ1", "レジ2"),
                "test");
        String market = salesPoints.register(org, "おおとマルシェ", SalesPointKind.MARKET, List.of("A"), "test");
        SalesPointView farmView = await(() -> Optional.ofNullable(find(org, farm)));
        SalesPointView marketView = await(() -> Optional.ofNullable(find(org, market)));
        String till1 = farmView.tills().get(0).tillId();
        String till2 = farmView.tills().get(1).tillId();
        String marketTill = marketView.tills().get(0).tillId();
        String grower = producers.register(org, new Producers.Registration("001",
                new ProducerDetails(GROWER_NAME, "みなと たろう", "0242-00-0001", "みなと町1", null),
                new CommissionTerms(1500, Map.of()), null), "test");
        String florist = producers.register(org, new Producers.Registration("002",
                new ProducerDetails("大戸 花子", "おおと はなこ", "0242-00-0002", "大戸町2", null),
                new CommissionTerms(1800, Map.of("加工品", 2000)), null), "test");
        String tomato = product(org, "101", "トマト", grower, "野菜", 300, TaxCategory.FOOD);
        String cucumber = product(org, "102", "きゅうり", grower, "野菜", 150, TaxCategory.FOOD);
        String flowers = product(org, "201", "切り花", florist, "花", 550, TaxCategory.OTHER);
        String jam = product(org, "202", "ジャム", florist, "加工品", 700, TaxCategory.FOOD);
        String apples = product(org, "203", "りんご", florist, "果物", 400, TaxCategory.FOOD);

        // Saturday, till 1: tomatoes 2 × 300 (8 %, tax 44) and flowers 550 (10 %, tax 50) in cash; cucumbers
        // 3 × 150 and jam 700 (8 %, tax 85) cashless, the jam voided (tax 51); cash counted ¥10 short.
        String saturday = tills.open(org, farm, till1, SATURDAY, 20_000, "test", SATURDAY.atTime(8, 30));
        Tills.Receipt s1 = tills.sell(org, saturday, new Tills.Sale("mf-sale-1", List.of(
                new Tills.LineRequest("l1", tomato, 2, 300, false), new Tills.LineRequest("l2", flowers, 1, 550, false)),
                List.of(new Payment(Tender.CASH, 1150, 2000)), SATURDAY.atTime(9, 0)), "test");
        tills.sell(org, saturday, new Tills.Sale("mf-sale-2", List.of(
                new Tills.LineRequest("l1", cucumber, 3, 150, false), new Tills.LineRequest("l2", jam, 1, 700, false)),
                List.of(new Payment(Tender.CASHLESS, 1150, 1150)), SATURDAY.atTime(10, 0)), "test");
        tills.voidSale(org, saturday, new Tills.Void("mf-void-1", "mf-sale-2", List.of("l2"), Tender.CASHLESS,
                "二重登録", SATURDAY.atTime(10, 5)), "test");
        clock.set(SATURDAY.atTime(17, 0));
        tills.close(org, saturday, Map.of(Tender.CASH, 21_140, Tender.CASHLESS, 450), "test",
                SATURDAY.atTime(17, 0));

        // Sunday, till 2: one of Saturday's tomatoes brought back (300, tax 22, cash), tomatoes 2 × 300 in cash.
        clock.set(SUNDAY.atTime(9, 0));
        String sunday = tills.open(org, farm, till2, SUNDAY, 20_000, "test", SUNDAY.atTime(8, 30));
        await(() -> {
            try {
                tills.refund(org, sunday, new Tills.Refund("mf-refund-1", s1.receiptNumber(),
                        List.of(new RefundLine("l1", 1)), Tender.CASH, "傷み", SUNDAY.atTime(9, 0)), "test");
                return Optional.of(true);
            } catch (RuntimeException notYetKnown) {
                return Optional.empty();
            }
        });
        tills.sell(org, sunday, new Tills.Sale("mf-sale-3", List.of(new Tills.LineRequest("l1", tomato, 2, 300,
                false)), List.of(new Payment(Tender.CASH, 600, 1000)), SUNDAY.atTime(10, 0)), "test");

        // The market day: apples 3 × 400 (8 %, tax 88), cashless.
        clock.set(MARKET_DAY.atTime(11, 0));
        String marketSession = tills.open(org, market, marketTill, MARKET_DAY, 10_000, "test",
                MARKET_DAY.atTime(9, 0));
        tills.sell(org, marketSession, new Tills.Sale("mf-sale-m1", List.of(new Tills.LineRequest("l1", apples, 3,
                400, false)), List.of(new Payment(Tender.CASHLESS, 1200, 1200)), MARKET_DAY.atTime(11, 0)), "test");

        clock.set(LocalDate.of(2026, 1, 10).atTime(10, 0));
        String viewer = admin.newUser(org, "VIEWER", USER_PASSWORD);
        browser.signIn(viewer, USER_PASSWORD);
        String june = "//table[@id='market-1-months']//tr[th='2025年6月']";
        String marketDay = "//table[@id='market-2-days']//tr[th='2025年10月19日（日）']";
        browser.until(d -> {
            browser.go("/orgs/" + org + "/figures");
            List<WebElement> net = d.findElements(By.xpath(june + "/td[@data-figure='net']"));
            List<WebElement> day = d.findElements(By.xpath(marketDay + "/td[@data-figure='net']"));
            return !net.isEmpty() && net.get(0).getText().equals("1,900") && !day.isEmpty()
                    && day.get(0).getText().equals("1,200");
        });
        assertThat(browser.text(By.id("market-h"))).isEqualTo("直売所・マルシェ");
        assertThat(browser.text(By.id("market-1-h"))).isEqualTo("みなと直売所 （直売所）");
        assertThat(figures(june)).isEqualTo(Map.ofEntries(Map.entry("receipts", "3"), Map.entry("gross", "2,900"),
                Map.entry("voids", "700"), Map.entry("refunds", "300"), Map.entry("net", "1,900"),
                Map.entry("net8", "1,350"), Map.entry("tax8", "100"), Map.entry("net10", "550"),
                Map.entry("tax10", "50"), Map.entry("cash", "1,450"), Map.entry("cashless", "450"),
                Map.entry("difference", "-10")));
        assertThat(figures("//table[@id='market-1-months']//tr[th='2025年7月']")).containsEntry("net", "0");
        assertThat(figures("//table[@id='market-1-months']//tr[contains(@class,'total')]"))
                .containsEntry("net", "1,900").containsEntry("difference", "-10");
        assertThat(browser.driver().findElements(By.cssSelector("#market-1-months tbody tr"))).hasSize(13);
        assertThat(browser.driver().findElements(By.id("market-1-days"))).as("a farm stand lists no days").isEmpty();
        assertThat(browser.text(By.id("market-2-h"))).isEqualTo("おおとマルシェ （マルシェ）");
        assertThat(figures(marketDay)).containsEntry("receipts", "1").containsEntry("tax8", "88")
                .containsEntry("cashless", "1,200");
        // Producers by number, the larger first: 550 + 1,200 = 1,750 (56.5 %) and 600 + 450 − 300 + 600 = 1,350.
        assertThat(figures("//table[@id='market-producers']//tr[th='出荷者 002']"))
                .isEqualTo(Map.of("net", "1,750", "share", "56.5"));
        assertThat(figures("//table[@id='market-producers']//tr[th='出荷者 001']"))
                .isEqualTo(Map.of("net", "1,350", "share", "43.5"));
        assertThat(figures("//table[@id='market-rates']//tr[th='8%']"))
                .isEqualTo(Map.of("net", "2,550", "tax", "188", "excludingTax", "2,362"));
        assertThat(figures("//table[@id='market-rates']//tr[th='10%']"))
                .isEqualTo(Map.of("net", "550", "tax", "50", "excludingTax", "500"));

        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "return [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))")));
        assertThat(browser.script("return Chart.getChart(document.getElementById('market-monthly'))"
                + ".data.datasets.map(d => d.label + ':' + d.data[2] + ':' + d.data[6])"))
                .isEqualTo(List.of("みなと直売所:1900:0", "おおとマルシェ:0:1200"));
        assertThat(browser.script("return Chart.getChart(document.getElementById('market-producers-share'))"
                + ".data.datasets[0].data")).isEqualTo(List.of(1750L, 1350L));
        assertThat(browser.find(By.id("market-monthly")).getAttribute("aria-label"))
                .contains("みなと直売所 1,900円").contains("おおとマルシェ 1,200円");
        assertThat(browser.driver().getPageSource()).doesNotContain(GROWER_NAME).doesNotContain("大戸 花子");
        assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 1366 px").isEqualTo(true);
        browser.assertAccessible("figures, farm stand and markets (ja)");
        browser.driver().findElement(By.id("market")).getLocation();
        browser.script("document.getElementById('market').scrollIntoView()");
        browser.screenshot("figures-market-ja");

        browser.find(By.cssSelector("a[hreflang=en]")).click();
        browser.until(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.text(By.id("market-h"))).isEqualTo("Farm stand and markets");
        assertThat(figures("//table[@id='market-1-months']//tr[th='Jun 2025']")).containsEntry("net", "1,900");
        assertThat(figures("//table[@id='market-2-days']//tr[th='Sun 19 Oct 2025']")).containsEntry("net", "1,200");
        assertThat(browser.text(By.cssSelector("#market-producers tbody"))).contains("Producer 002");
        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "return [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))")));
        browser.assertAccessible("figures, farm stand and markets (en)");
        browser.script("document.getElementById('market').scrollIntoView()");
        browser.screenshot("figures-market-en");
        browser.find(By.cssSelector("a[hreflang=ja]")).click();
        browser.until(d -> "ja".equals(browser.find(By.tagName("html")).getAttribute("lang")));

        // The CSV: what Japanese Excel opens, with the same numbers (a shortfall stays a number).
        assertThat(browser.find(By.id("market-csv")).getAttribute("href")).endsWith("fiscalYear=2025");
        YuiHttp.Response csv = admin.as(viewer, USER_PASSWORD)
                .get("/orgs/" + org + "/figures/market-sales.csv?fiscalYear=2025");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.body()).startsWith("\uFEFF団体,販売所,種別,内訳,期間,レシート数,総売上,取消件数,取消額,返品件数,"
                + "返品額,純売上,8%対象（税込）,8%消費税,10%対象（税込）,10%消費税,現金,キャッシュレス,レジ過不足（現金）,営業日数\r\n");
        String[] lines = csv.body().split("\r\n", -1);
        // Header, 12 months + total per sales point, the market day, the organization's total, two producers.
        assertThat(lines).hasSize(1 + 2 * 13 + 1 + 1 + 2 + 1);
        assertThat(lines).contains(
                "みなと直売テスト会,みなと直売所,直売所,月,2025-06,3,2900,1,700,1,300,1900,1350,100,550,50,1450,450,-10,2",
                "みなと直売テスト会,みなと直売所,直売所,月,2025-07,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
                "みなと直売テスト会,おおとマルシェ,マルシェ,開催日,2025-10-19,1,1200,0,0,0,0,1200,1200,88,0,0,0,1200,0,1",
                "みなと直売テスト会,全販売所,,合計,2025年度,4,4100,1,700,1,300,3100,2550,188,550,50,1450,1650,-10,3",
                "みなと直売テスト会,全販売所,,出荷者 002,2025年度,,,,,,,1750,,,,,,,,");
        assertThat(csv.body()).doesNotContain(GROWER_NAME);
        assertThat(admin.as(viewer, USER_PASSWORD).get("/orgs/" + org + "/figures/market-sales.csv?fiscalYear=x")
                .status()).isEqualTo(400);

        // The JSON API gives the same year.
        YuiHttp.Response api = admin.get("/api/orgs/" + org + "/stats/market-sales?fiscalYear=2025");
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).contains("\"netYen\":3100");

        // Rebuilt from the events into new collections and swapped in: the same year.
        assertThat(admin.post("/api/admin/views/market-sales-figures/rebuild", "").status()).isEqualTo(202);
        Map<String, Object> rebuilt = YuiHttp.eventually(Duration.ofSeconds(60),
                () -> admin.get("/api/admin/views/market-sales-figures/rebuild").json(),
                s -> !List.of("BUILDING", "SWAPPING").contains(s.get("state")));
        assertThat(rebuilt).containsEntry("state", "DONE");
        assertThat(admin.get("/api/orgs/" + org + "/stats/market-sales?fiscalYear=2025").json())
                .isEqualTo(api.json());

        // The city page: the organization's market net beside the others'.
        browser.signOut();
        String city = admin.newUser(null, "CITY_STAFF", USER_PASSWORD);
        browser.signIn(city, USER_PASSWORD);
        browser.go("/city/figures?fiscalYear=2025");
        assertThat(figures("//table[@id='city-market']//tr[th='みなと直売テスト会']"))
                .containsEntry("net", "3,100").containsEntry("receipts", "4").containsEntry("net10", "550");
        browser.assertAccessible("city figures with markets");
        assertThat(florist).isNotEqualTo(grower);
    }

    private SalesPointView find(String org, String salesPointId) {
        try {
            SalesPointView view = salesPoints.find(org, salesPointId);
            return view.tills().isEmpty() ? null : view;
        } catch (RuntimeException notYet) {
            return null;
        }
    }

    private String product(String org, String code, String name, String producer, String group, int price,
                           TaxCategory tax) {
        String id = products.register(org, new Products.Registration(code, name, producer, group, price, tax), "test");
        await(() -> {
            try {
                return Optional.of(products.find(org, id));
            } catch (RuntimeException notYet) {
                return Optional.empty();
            }
        });
        return id;
    }

    /** Waits for the read side to know something (the projections follow the events). */
    private static <T> T await(Supplier<Optional<T>> found) {
        return jp.yui.app.web.Views.awaitPresent(found).orElseThrow(() -> new AssertionError("not seen in time"));
    }

    private Map<String, String> figures(String rowXpath) {
        Map<String, String> figures = new java.util.HashMap<>();
        for (WebElement cell : browser.find(By.xpath(rowXpath)).findElements(By.cssSelector("td[data-figure]"))) {
            figures.put(cell.getAttribute("data-figure"), cell.getText());
        }
        return figures;
    }
}
