package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import jp.yui.app.market.usecase.Settlements;
import jp.yui.app.market.usecase.Tills;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.query.SalesPointView;
import jp.yui.domain.market.query.SettlementItemView;
import jp.yui.domain.shared.query.ViewStore;

/**
 * The office's 精算 page in real Chromium: an operator sees the organization's producers, is told that a first
 * settlement needs its start date (nothing stored), settles April with a bag fee, downloads the statement from the
 * page's link (the payout in its text), then settles May from the day after without typing a start; axe-clean in
 * Japanese and English. A viewer of the organization is refused the page.
 */
@org.springframework.context.annotation.Import(JapanClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettlementsPageTest {

    private static final String PASSWORD = "settlements-page-admin-password-1";
    private static final String USER_PASSWORD = "settlements-page-user-password-1";
    private static final LocalDate APRIL_20 = LocalDate.of(2026, 4, 20);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-settlements", PASSWORD);
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
    void anOperatorSettlesTwoMonthsAndDownloadsTheStatement() throws Exception {
        String org = admin.newOrganization("sp", "みなと精算テスト会");
        String producer = producers.register(org, new Producers.Registration("P-201",
                new ProducerDetails("大戸 花子", "おおと はなこ", null, null, null), new CommissionTerms(1500, null),
                null), "test");
        String tomato = products.register(org, new Products.Registration("3001", "トマト", producer, "野菜", 200,
                TaxCategory.FOOD), "test");
        String stand = salesPoints.register(org, "みなと直売所", SalesPointKind.FARM_STAND, List.of("レジ1"), "test");
        String till = await(() -> {
            try {
                SalesPointView point = salesPoints.find(org, stand);
                return point.tills().isEmpty() ? null : point.tills().get(0).tillId();
            } catch (RuntimeException notYet) {
                return null;
            }
        });
        // April: five tomatoes, 5 × 200 = 1,000 (8 %), in cash.
        String session = tills.open(org, stand, till, APRIL_20, 10_000, "test", APRIL_20.atTime(8, 30));
        tills.sell(org, session, new Tills.Sale("page-sale-1", List.of(new Tills.LineRequest("1", tomato, 5, 200,
                false)), List.of(new Payment(Tender.CASH, 1000, 1000)), APRIL_20.atTime(10, 0)), "test");
        await(() -> settlementItems.findBy(org, SettlementItemView.UNSETTLED_BY_PRODUCER.name(), producer)
                .isEmpty() ? null : true);
        clock.set(LocalDate.of(2026, 5, 7).atTime(10, 0));

        String operator = admin.newUser(org, "OPERATOR", USER_PASSWORD);
        browser.signIn(operator, USER_PASSWORD);
        browser.go("/orgs/" + org);
        browser.find(By.cssSelector("a[href$='/market/settlements']")).click();
        browser.until(d -> browser.path().endsWith("/market/settlements"));
        String row = "#producers tr[data-producer='P-201']";
        assertThat(browser.text(By.cssSelector(row))).contains("P-201", "大戸 花子", "未精算");
        browser.assertAccessible("settlements (ja)");

        // A first settlement without its start: told, nothing stored.
        browser.script("document.getElementById('periodTo').value = '2026-04-30'");
        browser.find(By.id("settle-button")).click();
        assertThat(browser.text(By.id("form-error"))).isEqualTo("はじめての精算は開始日を入力してください。");
        assertThat(settlements.ofProducer(org, producer)).isEmpty();
        browser.assertAccessible("settlements, start missing (ja)");

        // April with a bag fee: payout 1,000 − 150 (15 %) − 15 (its 10 % tax) − 110 = 725.
        browser.script("document.getElementById('periodFrom').value = '2026-04-01';"
                + "document.getElementById('periodTo').value = '2026-04-30'");
        browser.find(By.id("feeDescription")).sendKeys("袋代");
        browser.find(By.id("feeYen")).sendKeys("110");
        browser.find(By.id("settle-button")).click();
        assertThat(browser.text(By.id("settled"))).contains("出荷者 P-201 を精算しました。");
        assertThat(browser.text(By.cssSelector(row + " .settled-to"))).isEqualTo("2026年4月30日");
        WebElement april = browser.find(By.cssSelector(row + " .statements a"));
        assertThat(april.getText()).isEqualTo("2026年4月1日〜2026年4月30日　支払額 725円");
        browser.screenshot("settlements-ja");
        browser.assertAccessible("settlements, April settled (ja)");

        // The link is the statement: a PDF whose text has the payout.
        String pdf = pdfText(april.getAttribute("href"), operator);
        assertThat(pdf).contains("出荷者番号 P-201", "大戸 花子", "袋代", "725円", "8%（軽減税率）");

        // May from the day after, without typing the start; nothing sold: the payout is 0.
        browser.script("document.getElementById('periodTo').value = '2026-05-31'");
        browser.find(By.id("settle-button")).click();
        browser.until(d -> d.findElements(By.cssSelector(row + " .statements a")).size() == 2);
        assertThat(browser.text(By.cssSelector(row + " .settled-to"))).isEqualTo("2026年5月31日");
        assertThat(browser.text(By.cssSelector(row + " .statements li:first-child a")))
                .isEqualTo("2026年5月1日〜2026年5月31日　支払額 0円");
        assertThat(settlements.ofProducer(org, producer)).hasSize(2);

        browser.find(By.cssSelector("a[hreflang=en]")).click();
        browser.until(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Settlements");
        assertThat(browser.text(By.cssSelector(row + " .settled-to"))).isEqualTo("31 May 2026");
        browser.screenshot("settlements-en");
        browser.assertAccessible("settlements (en)");
        browser.find(By.cssSelector("a[hreflang=ja]")).click();
        browser.until(d -> "ja".equals(browser.find(By.tagName("html")).getAttribute("lang")));

        // A viewer of the organization does not get the page.
        browser.signOut();
        String viewer = admin.newUser(org, "VIEWER", USER_PASSWORD);
        assertThat(admin.as(viewer, USER_PASSWORD).get("/orgs/" + org + "/market/settlements").status())
                .isEqualTo(403);
    }

    private String pdfText(String href, String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + USER_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    private static <T> T await(Supplier<T> value) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not there within 30 s");
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
