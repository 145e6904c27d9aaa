package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.app.OwnService;
import jp.yui.app.YuiHttp;
import jp.yui.app.market.usecase.Producers;
import jp.yui.app.market.usecase.Products;
import jp.yui.app.market.usecase.SalesPoints;
import jp.yui.app.market.usecase.Tills;
import jp.yui.domain.market.api.BankAccount;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.api.RateTotal;
import jp.yui.domain.market.api.SaleRecorded;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.api.TenderCount;
import jp.yui.domain.market.api.TillSessionClosed;
import jp.yui.domain.market.query.TillSessionView;
import jp.yui.domain.market.query.TillSessionView.ReceiptKind;

/**
 * A day on the till page in real Chromium at tablet size: the day opened with a float, a cash sale with change and
 * per-rate tax as the receipt shows it, a cashless sale with a food line eaten in at 10 %, a line voided, an earlier
 * sale refunded by its receipt number, one sale made while the network is cut (the browser's offline mode and,
 * underneath, a relay the test switches off — Chromium's offline mode does not cut a service worker's own fetches), a
 * reload without signal keeping it, the sale stored exactly once when the network returns, also when the page sends
 * it again with the same id, and the day closed with ¥10 less cash than expected. Other organizations' logins, and
 * a driver of the same one, are refused the till.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TillPageTest {

    private static final String PASSWORD = "till-admin-password-1";
    private static final String USER_PASSWORD = "till-user-password-1";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-till", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore events;
    @Autowired
    Tills tills;
    @Autowired
    Products products;
    @Autowired
    SalesPoints salesPoints;
    @Autowired
    Producers producers;

    private Relay relay;
    private Browser browser;
    private YuiHttp admin;

    /** An organization with a farm stand of one till, three products and a till login. */
    record Stand(String org, String tillLogin, String tomato, String pickles, String towel) {
    }

    @BeforeAll
    void open() throws IOException {
        relay = new Relay(port);
        browser = Browser.tablet("http://localhost:" + relay.port());
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (relay != null) {
            relay.close();
        }
    }

    @BeforeEach
    void setUp() {
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD).viaToken();
        relay.restore();
        browser.online();
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aDayOnTheTillWithOneSaleMadeWithoutSignalStoredOnceAndClosedTenYenShort() {
        Stand stand = stand();
        String org = stand.org();
        browser.signIn(stand.tillLogin(), USER_PASSWORD);
        browser.go("/orgs/" + org + "/market/till");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("レジ");
        assertThat(browser.text(By.cssSelector("ul.till-choices h2"))).contains("みなと直売所", "レジ1", "直売所");
        browser.assertAccessible("till choose");
        browser.screenshot("till-choose-ja");

        // The day opens with a counted float of ¥10,000.
        browser.find(By.id("float-0")).sendKeys("10000");
        click(By.cssSelector("form.till-open button"));
        browser.until(d -> browser.path().startsWith("/orgs/" + org + "/market/till/TillSession:"));
        String sessionId = browser.path().substring(("/orgs/" + org + "/market/till/").length());
        assertThat(browser.text(By.cssSelector(".till-date"))).contains("釣銭準備金 ¥10,000");
        browser.waitOfflineReady();
        assertThat(expectedYen("cash")).isEqualTo(10_000);
        browser.assertAccessible("till opened");
        browser.screenshot("till-open-ja");

        // A cash sale: two tomatoes by touch (food, 8 %) and a towel by its code (10 %), ¥1,000 handed over.
        click(product(stand.tomato()));
        click(product(stand.tomato()));
        browser.find(By.id("code")).sendKeys("3001");
        click(By.cssSelector("[data-form=code] button"));
        browser.find(By.id("code")).sendKeys("9999");
        click(By.cssSelector("[data-form=code] button"));
        assertThat(browser.text(By.cssSelector("[data-code-error]"))).isEqualTo("商品コード 9999 は見つかりません。");
        assertThat(browser.text(By.cssSelector("[data-rate-total='8']"))).isEqualTo("¥400（うち消費税 ¥29）");
        assertThat(browser.text(By.cssSelector("[data-rate-total='10']"))).isEqualTo("¥500（うち消費税 ¥45）");
        assertThat(browser.text(By.cssSelector("[data-total]"))).isEqualTo("¥900");
        browser.find(By.id("tendered")).sendKeys("1000");
        assertThat(browser.text(By.cssSelector("[data-change]"))).isEqualTo("¥100");
        browser.assertAccessible("till cart");
        browser.screenshot("till-sale-ja");
        click(By.cssSelector("[data-pay]"));
        assertThat(browser.text(By.cssSelector("[data-last-sale]"))).isEqualTo("会計しました。お釣り ¥100");
        browser.waitAllSent();
        TillSessionView.Receipt first = receipts(org, sessionId, ReceiptKind.SALE, 1).get(0);
        assertThat(first.rateTotals()).containsExactly(new RateTotal(8, 400, 29), new RateTotal(10, 500, 45));
        assertThat(first.payments()).singleElement().satisfies(p -> {
            assertThat(p.tender()).isEqualTo(Tender.CASH);
            assertThat(p.changeYen()).isEqualTo(100);
        });
        browser.until(d -> first.receiptNumber().equals(receiptOnPage(first.id()).findElement(
                By.cssSelector("[data-receipt-number]")).getText()));

        // A cashless sale: pickles eaten at the stand's tables (10 % instead of 8 %) and a tomato taken away.
        click(product(stand.pickles()));
        click(product(stand.tomato()));
        click(By.cssSelector("[data-eat-in='0']"));
        assertThat(browser.text(By.cssSelector("[data-rate-total='10']"))).isEqualTo("¥300（うち消費税 ¥27）");
        assertThat(browser.text(By.cssSelector("[data-rate-total='8']"))).isEqualTo("¥200（うち消費税 ¥14）");
        click(By.cssSelector("[data-form=pay] input[value=CASHLESS]"));
        click(By.cssSelector("[data-pay]"));
        browser.waitAllSent();
        TillSessionView.Receipt second = receipts(org, sessionId, ReceiptKind.SALE, 2).get(1);
        assertThat(second.lines()).extracting(l -> l.description() + " " + l.taxRate())
                .containsExactly("たくあん漬 10", "トマト 8");
        assertThat(second.payments()).extracting(p -> p.tender() + " " + p.amountYen()).containsExactly("CASHLESS 500");

        // The tomato of the cashless sale is voided (typed by mistake), paid back cashless.
        click(receiptOnPage(second.id()).findElement(By.cssSelector("[data-void-sale]")));
        WebElement pickles = browser.find(By.cssSelector("[data-void-lines] input[value='1']"));
        click(pickles);
        assertThat(pickles.isSelected()).isFalse();
        assertThat(new org.openqa.selenium.support.ui.Select(browser.find(By.id("void-tender")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("CASHLESS");
        browser.find(By.id("void-reason")).sendKeys("打ち間違い");
        browser.assertAccessible("till void");
        click(By.cssSelector("[data-form=void] button[type=submit]"));
        browser.waitAllSent();
        TillSessionView.Receipt voided = receipts(org, sessionId, ReceiptKind.VOID, 1).get(0);
        assertThat(voided.saleId()).isEqualTo(second.saleId());
        assertThat(voided.lines()).extracting(l -> l.lineId()).containsExactly("2");
        assertThat(voided.totalYen()).isEqualTo(200);
        assertThat(voided.tender()).isEqualTo(Tender.CASHLESS);
        browser.until(d -> receiptOnPage(second.id()).findElements(By.cssSelector("li.voided")).size() == 1);
        browser.screenshot("till-void-ja");

        // One tomato of the first sale comes back: found by its receipt number, refunded in cash.
        browser.find(By.id("refund-receipt")).sendKeys(first.receiptNumber());
        click(By.cssSelector("[data-form=refund-find] button"));
        WebElement quantity = browser.find(By.id("refund-qty-1"));
        quantity.clear();
        quantity.sendKeys("1");
        browser.find(By.id("refund-reason")).sendKeys("傷みがあった");
        browser.assertAccessible("till refund");
        click(By.cssSelector("[data-form=refund] button[type=submit]"));
        browser.waitAllSent();
        TillSessionView.Receipt refund = receipts(org, sessionId, ReceiptKind.REFUND, 1).get(0);
        assertThat(refund.receiptNumber()).isEqualTo(first.receiptNumber());
        assertThat(refund.lines()).extracting(l -> l.lineId() + "×" + l.quantity()).containsExactly("1×1");
        assertThat(refund.totalYen()).isEqualTo(200);
        assertThat(refund.tender()).isEqualTo(Tender.CASH);
        browser.screenshot("till-refund-ja");

        // What the page's queue and refund lookup call, asked directly: a receipt number names its sale (an earlier
        // day's refund looks it up there), and a sale with a negative quantity is refused with a problem and stores
        // nothing (the sales counted at the end are the page's three).
        YuiHttp till = admin.as(stand.tillLogin(), USER_PASSWORD);
        String actions = "/orgs/" + org + "/market/till/" + sessionId;
        YuiHttp.Response found = till.get(actions + "/receipts/" + first.receiptNumber());
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json()).containsEntry("saleId", first.saleId()).containsEntry("totalYen", 900);
        assertThat(till.get(actions + "/receipts/19990101-none-1").status()).isEqualTo(404);
        YuiHttp.Response refused = till.post(actions + "/sales", """
                {"saleId":"bad-sale-0001","lines":[{"lineId":"1","productId":"%s","quantity":-1,"unitPriceYen":200,
                 "eatIn":false}],"payments":[{"tender":"CASH","amountYen":-200,"tenderedYen":0}],"at":"%s"}"""
                .formatted(stand.tomato(), java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo")).withNano(0)));
        assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        // The signal goes: a towel is sold for exact cash and kept on the tablet.
        relay.cut();
        browser.offline();
        click(product(stand.towel()));
        browser.find(By.id("tendered")).sendKeys("500");
        click(By.cssSelector("[data-pay]"));
        assertThat(browser.text(By.cssSelector("[data-queue-status]"))).startsWith("未送信 1件");
        assertThat(browser.text(By.cssSelector("li.till-receipt.waiting [data-receipt-number]"))).isEqualTo("送信待ち");
        browser.assertAccessible("till offline");
        browser.screenshot("till-offline-ja");

        // A reload without signal: the page comes from the tablet's cache, the queue is kept.
        browser.driver().navigate().refresh();
        assertThat(browser.text(By.tagName("h1"))).contains("みなと直売所", "レジ1");
        browser.until(d -> browser.text(By.cssSelector("[data-queue-status]")).startsWith("未送信 1件"));
        assertThat(browser.text(By.cssSelector("li.till-receipt.waiting [data-receipt-number]"))).isEqualTo("送信待ち");
        assertThat(expectedYen("cash")).as("float + 900 − 200 refund + 500 waiting").isEqualTo(11_200);
        assertThat(receipts(org, sessionId, ReceiptKind.SALE, 2)).as("nothing got through while cut").hasSize(2);

        // The signal returns: the sale is sent and numbered.
        relay.restore();
        browser.online();
        browser.waitAllSent();
        TillSessionView.Receipt offline = receipts(org, sessionId, ReceiptKind.SALE, 3).get(2);
        assertThat(offline.totalYen()).isEqualTo(500);
        browser.until(d -> offline.receiptNumber().equals(receiptOnPage(offline.id()).findElement(
                By.cssSelector("[data-receipt-number]")).getText()));

        // The page sends the same sale again with the same id (as after an answer lost on the way): stored once.
        Object resent = browser.script("""
                var sent = JSON.parse(localStorage.getItem(YuiTill.sentKey));
                var again = sent.filter(function (a) { return a.kind === 'sales'; }).pop();
                delete again.answer;
                var queue = JSON.parse(localStorage.getItem(YuiTill.queueKey) || '[]');
                queue.push(again);
                localStorage.setItem(YuiTill.queueKey, JSON.stringify(queue));
                return YuiTill.flush().then(function () { return again.id; });""");
        assertThat(resent).isEqualTo(offline.saleId());
        browser.waitAllSent();
        assertThat(browser.driver().findElements(By.cssSelector("[data-refusals] .notice")))
                .as("the repeat is answered as recorded, not refused").isEmpty();
        assertThat(saleEvents(sessionId)).as("each sale stored once").isEqualTo(Map.of(
                first.saleId(), 1L, second.saleId(), 1L, offline.saleId(), 1L));
        assertThat(receipts(org, sessionId, ReceiptKind.SALE, 3)).hasSize(3);

        // The close: ¥11,200 cash expected (10,000 + 900 − 200 + 500), ¥11,190 counted; cashless 500 − 200.
        assertThat(expectedYen("cash")).isEqualTo(11_200);
        assertThat(expectedYen("cashless")).isEqualTo(300);
        browser.find(By.id("counted-cash")).sendKeys("11190");
        browser.find(By.id("counted-cashless")).sendKeys("300");
        click(By.cssSelector("[data-form=close] button"));
        browser.find(By.cssSelector("[data-closed-badge]"));
        assertThat(browser.text(By.cssSelector("tr[data-tender=CASH]"))).isEqualTo("現金 ¥11,200 ¥11,190 −¥10");
        assertThat(browser.text(By.cssSelector("tr[data-tender=CASHLESS]"))).isEqualTo("キャッシュレス ¥300 ¥300 ¥0");
        assertThat(browser.driver().findElements(By.cssSelector("[data-pay]"))).as("no sale after the close").isEmpty();
        List<TillSessionClosed> closed = events.readEvents(sessionId).asStream()
                .filter(e -> e.getPayload() instanceof TillSessionClosed).map(e -> (TillSessionClosed) e.getPayload())
                .toList();
        assertThat(closed).singleElement().satisfies(c -> assertThat(c.tenders()).containsExactlyInAnyOrder(
                new TenderCount(Tender.CASH, 11_200, 11_190, -10), new TenderCount(Tender.CASHLESS, 300, 300, 0)));
        browser.assertAccessible("till closed");
        browser.screenshot("till-close-ja");

        // A sale left in a tablet's queue past the close (put there by hand) is refused, told in Japanese, dropped.
        browser.script("""
                var queue = JSON.parse(localStorage.getItem(YuiTill.queueKey) || '[]');
                queue.push({ id: 'late-sale-0001', kind: 'sales', sessionId: arguments[0], url: arguments[1],
                    body: { saleId: 'late-sale-0001', lines: [{ lineId: '1', productId: arguments[2], quantity: 1,
                        unitPriceYen: 500, eatIn: false }], payments: [{ tender: 'CASH', amountYen: 500,
                        tenderedYen: 500 }], at: arguments[3] }, local: { lines: [], total: 500 } });
                localStorage.setItem(YuiTill.queueKey, JSON.stringify(queue));
                return YuiTill.flush();""", sessionId, "/orgs/" + org + "/market/till/" + sessionId + "/sales",
                stand.towel(), java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo")).withNano(0).toString());
        assertThat(browser.text(By.cssSelector("[data-refusals] .notice"))).startsWith("レジは締め済みです");
        browser.waitAllSent();
        assertThat(saleEvents(sessionId)).doesNotContainKey("late-sale-0001").hasSize(3);
        browser.assertAccessible("till closed with a refusal");
        click(By.cssSelector("[data-refusals] button[data-dismiss]"));
        browser.until(d -> d.findElements(By.cssSelector("[data-refusals] .notice")).isEmpty());

        browser.go("/orgs/" + org + "/market/till/" + sessionId + "?lang=en");
        assertThat(browser.text(By.id("h-close"))).isEqualTo("Close the day");
        assertThat(browser.text(By.cssSelector("tr[data-tender=CASH]"))).isEqualTo("Cash ¥11,200 ¥11,190 −¥10");
        browser.assertAccessible("till closed (en)");
        browser.screenshot("till-close-en");
        browser.go("/orgs/" + org + "/market/till?lang=ja");
        assertThat(browser.text(By.cssSelector("a.till-continue"))).isEqualTo("締めた本日のレジを見る");

        // The figures page shows the day in its month: three sales, the void, the refund, the rates, the ¥10 short.
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo"));
        String monthRow = "#market-1-months tbody tr:nth-child(" + (Math.floorMod(month.getMonthValue() - 4, 12) + 1)
                + ")";
        browser.go("/orgs/" + org + "/figures");
        browser.until(d -> {
            if (!d.findElements(By.cssSelector(monthRow + " [data-figure=difference]")).isEmpty()
                    && "-10".equals(d.findElement(By.cssSelector(monthRow + " [data-figure=difference]")).getText())) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        assertThat(browser.text(By.cssSelector(monthRow + " th"))).isEqualTo(month.getYear() + "年"
                + month.getMonthValue() + "月");
        Map<String, String> figures = browser.driver().findElements(By.cssSelector(monthRow + " td[data-figure]"))
                .stream().collect(Collectors.toMap(e -> e.getAttribute("data-figure"), WebElement::getText));
        assertThat(figures).containsEntry("receipts", "3").containsEntry("gross", "1,900")
                .containsEntry("voids", "200").containsEntry("refunds", "200").containsEntry("net", "1,500")
                .containsEntry("net8", "200").containsEntry("net10", "1,300").containsEntry("cash", "1,200")
                .containsEntry("cashless", "300").containsEntry("difference", "-10");
        browser.assertAccessible("figures with the till's day");
        browser.screenshot("till-figures-ja");
        browser.go("/orgs/" + org + "/market/till");

        // Signing out forgets the tablet's till data and pages.
        browser.signOut();
        Object left = browser.script("""
                return caches.has('yui-till').then(function (cached) {
                    return Object.keys(localStorage).filter(function (k) { return k.indexOf('yui.till.') === 0; })
                        .length + (cached ? 100 : 0);
                });""");
        assertThat(((Number) left).intValue()).as("queue, journal and cached pages after sign-out").isZero();
    }

    @Test
    void anotherOrganizationsTillLoginAndADriverAreRefusedTheTill() {
        Stand stand = stand();
        String other = admin.newOrganization("till", "よその直売所");
        String stranger = admin.newUser(other, "TILL_STAFF", USER_PASSWORD);
        browser.signIn(stranger, USER_PASSWORD);
        browser.go("/orgs/" + stand.org() + "/market/till");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("このページは表示できません");
        assertThat(browser.driver().getPageSource()).doesNotContain("みなと直売所");
        browser.assertAccessible("till refused");
        browser.screenshot("till-refused-ja");
        String sessionId = Tills.sessionId(salesPoints.list(stand.org()).get(0).tills().get(0).tillId(),
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
        assertThat(admin.as(stranger, USER_PASSWORD).post("/orgs/" + stand.org() + "/market/till/" + sessionId
                + "/sales", """
                {"saleId":"stranger-sale-1","lines":[],"payments":[],"at":"2026-01-01T09:00:00"}""").status())
                .isEqualTo(403);

        browser.driver().manage().deleteAllCookies();
        browser.signIn(admin.newUser(stand.org(), "DRIVER", USER_PASSWORD), USER_PASSWORD);
        browser.go("/orgs/" + stand.org() + "/market/till");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("このページは表示できません");
        assertThat(browser.driver().findElements(By.cssSelector("header nav a[href$='/market/till']"))).isEmpty();
    }

    private Stand stand() {
        String org = admin.newOrganization("till", "みなと農産物直売所");
        String producer = producers.register(org, new Producers.Registration("P-001",
                new ProducerDetails("湊 一郎", "みなと いちろう", "0242-00-0001", "湊町 1",
                        new BankAccount("会津銀行", "湊支店", "普通", "1234567", "ミナト イチロウ")),
                new CommissionTerms(1500, Map.of()), null), "admin");
        String tomato = products.register(org, new Products.Registration("1001", "トマト", producer, "野菜", 200,
                TaxCategory.FOOD), "admin");
        String pickles = products.register(org, new Products.Registration("2001", "たくあん漬", producer, "加工品", 300,
                TaxCategory.FOOD), "admin");
        String towel = products.register(org, new Products.Registration("3001", "手ぬぐい", producer, "雑貨", 500,
                TaxCategory.OTHER), "admin");
        salesPoints.register(org, "みなと直売所", SalesPointKind.FARM_STAND, List.of("レジ1"), "admin");
        browser.until(d -> salesPoints.list(org).size() == 1 && products.list(org).size() == 3);
        return new Stand(org, admin.newUser(org, "TILL_STAFF", USER_PASSWORD), tomato, pickles, towel);
    }

    /** Clicks as a finger does: the element scrolled to the middle, clear of the sticky queue status. */
    private void click(By by) {
        click(browser.find(by));
    }

    private void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebElement product(String productId) {
        return browser.find(By.cssSelector("button.till-product[data-product='" + productId + "']"));
    }

    private WebElement receiptOnPage(String id) {
        return browser.find(By.cssSelector("li.till-receipt[data-receipt='" + id + "']"));
    }

    private int expectedYen(String tender) {
        return Integer.parseInt(browser.find(By.cssSelector("[data-expected-" + tender + "]")).getAttribute("data-yen"));
    }

    /** The session's receipts of a kind once the view has {@code count} of them. */
    private List<TillSessionView.Receipt> receipts(String org, String sessionId, ReceiptKind kind, int count) {
        return browser.until(d -> {
            List<TillSessionView.Receipt> found = tills.session(org, sessionId).orElseThrow().receipts().stream()
                    .filter(r -> r.kind() == kind).toList();
            return found.size() >= count ? found : null;
        });
    }

    private Map<String, Long> saleEvents(String sessionId) {
        return events.readEvents(sessionId).asStream().filter(e -> e.getPayload() instanceof SaleRecorded)
                .map(e -> ((SaleRecorded) e.getPayload()).saleId())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }
}
