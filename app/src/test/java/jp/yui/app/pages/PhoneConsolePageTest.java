package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.app.JapanClock;
import jp.yui.app.OwnService;
import jp.yui.app.YuiHttp;

/**
 * The phone-booking console in real Chromium on the office desktop: an operator finds a caller by half-width kana,
 * opens the card, books an outbound and a return, cancels one and sees the cancel kind (in Japanese and in English);
 * the same booking with the keyboard alone; a full run refused with the rule's Japanese words next to the run and
 * nothing stored; a new resident registered during the call, a recurring pattern, a change, a turn-down and an unmet
 * need. Every result is checked over the JSON API too, and every state shown is checked with axe.
 */
@org.springframework.context.annotation.Import(JapanClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneConsolePageTest {

    private static final String PASSWORD = "console-admin-password-1";
    private static final String USER_PASSWORD = "console-user-password-1";
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);
    /** A week ahead: before the deadline (the day before, 17:00), so a cancellation is an ordinary one. */
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate DAY = LocalDate.now(TOKYO).plusDays(7);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-console", PASSWORD);
    }


    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    JapanClock clock;

    private Browser browser;
    private YuiHttp admin;

    /** One organization's world: its operator, the runs of {@link #DAY} and the resident who calls. */
    private record World(String org, String operator, String morning, String afternoon, String full,
                         String resident) {
    }

    @BeforeAll
    void openBrowser() {
        browser = Browser.desktop("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @BeforeEach
    void setUp() {
        clock.reset();
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD).viaToken();
        browser.driver().manage().deleteAllCookies();
    }

    private World world() {
        String org = admin.newOrganization("pc", "みんなと湊まちづくりネットワーク", "湊");
        String api = "/api/orgs/" + org;
        admin.created(admin.post(api + "/services", """
                {"code":"minato-bus","name":"みなとバス","kind":"DEMAND_RESPONSIVE","deadline":{"daysBefore":1,"time":"17:00"},
                 "calendar":{"weekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                 "runsOnHolidays":true}}"""), "serviceId");
        assertThat(admin.post(api + "/services/minato-bus/stops", """
                {"stopId":"hospital","name":"会津中央病院","kana":"あいづちゅうおうびょういん","latitude":37.49,"longitude":139.93}""")
                .status()).isEqualTo(201);
        assertThat(admin.post(api + "/services/minato-bus/fares", """
                {"effectiveFrom":"2020-01-01","kind":"FLAT","flatYen":300}""").status()).isBetween(200, 201);
        String van = admin.created(admin.post(api + "/vehicles", """
                {"registrationNumber":"会津 500 あ 12-34","seats":9,"wheelchairSpaces":1}"""), "vehicleId");
        String small = admin.created(admin.post(api + "/vehicles", """
                {"registrationNumber":"会津 500 あ 56-78","seats":1,"wheelchairSpaces":0}"""), "vehicleId");
        String driver = admin.created(admin.post(api + "/drivers", """
                {"name":"運転 一郎","licenceKind":"CLASS_2","licenceExpiry":"2099-01-01","qualification":"CLASS_2_LICENCE"}"""),
                "driverId");
        String morning = run(api, "09:30", van, driver);
        String full = run(api, "11:00", small, driver);
        String afternoon = run(api, "14:00", van, driver);
        admin.created(admin.book(org, full), "bookingId"); // its one seat taken
        String resident = admin.created(admin.post(api + "/residents", """
                {"memberNumber":"M-0001","details":{"name":"湊 花子","kana":"みなと はなこ","phones":["0242-27-1234"],
                 "address":"湊町共和 1-2","mobilityNeeds":["CANE"],
                 "emergencyContact":{"name":"湊 一郎","relation":"長男","phone":"090-1111-2222"}}}"""), "residentId");
        String operator = admin.newUser(org, "OPERATOR", USER_PASSWORD);
        return new World(org, operator, morning, afternoon, full, resident);
    }

    private String run(String api, String departure, String vehicle, String driver) {
        return admin.created(admin.post(api + "/runs", """
                {"service":"minato-bus","serviceDate":"%s","departure":"%s","vehicleId":"%s","driverId":"%s"}"""
                .formatted(DAY, departure, vehicle, driver)), "runId");
    }

    private String console(World w, String lang) {
        return "/orgs/" + w.org() + "/console?date=" + DAY + (lang == null ? "" : "&lang=" + lang);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> bookingsOn(World w, String runId) {
        return (List<Map<String, Object>>) admin.get("/api/orgs/" + w.org() + "/runs/" + runId).json()
                .get("bookings");
    }

    private Map<String, Object> onlyBookingOn(World w, String runId) {
        List<Map<String, Object>> bookings = bookingsOn(w, runId);
        assertThat(bookings).as("bookings on the run").hasSize(1);
        return bookings.get(0);
    }

    private void findByHalfWidthKanaAndOpenTheCard(World w, String lang, String suffix) {
        browser.signIn(w.operator(), USER_PASSWORD);
        browser.go(console(w, lang));
        browser.find(By.id("q")).sendKeys("ﾐﾅﾄ", Keys.ENTER);
        WebElement match = browser.find(By.id("result-0"));
        assertThat(match.getText()).contains("湊 花子", "みなと はなこ", "0242-27-1234");
        browser.assertAccessible("console search " + suffix);
        browser.screenshot("console-search-" + suffix);

        match.click();
        browser.until(d -> browser.path().contains("resident="));
        assertThat(browser.text(By.cssSelector(".caller .name"))).isEqualTo("湊 花子");
        assertThat(browser.text(By.cssSelector(".caller .kana"))).isEqualTo("みなと はなこ");
        assertThat(browser.text(By.cssSelector(".caller .phones"))).isEqualTo("0242-27-1234");
        assertThat(browser.text(By.cssSelector(".caller .needs"))).isEqualTo("ja".equals(suffix) ? "つえ" : "Cane");
        assertThat(browser.text(By.cssSelector(".caller .emergency"))).contains("湊 一郎", "長男", "090-1111-2222");
        assertThat(browser.text(By.cssSelector("table.runs"))).contains("09:30", "11:00", "14:00");
        browser.assertAccessible("console card " + suffix);
        browser.screenshot("console-card-" + suffix);
    }

    /** Books with the defaults the page offers: the 09:30 out, the 14:00 back, home to the hospital. */
    private List<String> bookOutboundAndReturn(World w, String suffix, String expectedDone) {
        assertThat(browser.find(By.cssSelector("input[name=outRun]:checked")).getAttribute("value"))
                .isEqualTo(w.morning());
        assertThat(browser.find(By.cssSelector("input[name=returnRun]:checked")).getAttribute("value"))
                .isEqualTo(w.afternoon());
        assertThat(browser.text(By.cssSelector(".quote"))).contains("300");
        browser.find(By.id("book-submit")).click();
        expectDone(expectedDone);
        Map<String, Object> out = onlyBookingOn(w, w.morning());
        Map<String, Object> back = onlyBookingOn(w, w.afternoon());
        assertThat(out).containsEntry("residentId", w.resident());
        assertThat(place(out.get("pickup"))).isEqualTo("home");
        assertThat(place(out.get("dropOff"))).isEqualTo("hospital");
        assertThat(back).containsEntry("residentId", w.resident()).containsEntry("returnOf", out.get("bookingId"));
        assertThat(place(back.get("pickup"))).isEqualTo("hospital");
        assertThat(place(back.get("dropOff"))).isEqualTo("home");
        assertThat(browser.driver().findElements(By.cssSelector("table.rides tbody tr"))).hasSize(2);
        browser.assertAccessible("console booked " + suffix);
        browser.screenshot("console-booked-" + suffix);
        return List.of((String) out.get("bookingId"), (String) back.get("bookingId"));
    }

    /**
     * Waits for the message of what was just done: the page before may still show an earlier one while the next
     * one loads.
     */
    private void expectDone(String expected) {
        try {
            browser.until(d -> {
                try {
                    return expected.equals(d.findElement(By.id("done")).getText());
                } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(browser.text(By.id("done"))).isEqualTo(expected);
        }
    }

    /** A place as the API answers it: "home" or the stop's id. */
    @SuppressWarnings("unchecked")
    private static String place(Object place) {
        Map<String, Object> p = (Map<String, Object>) place;
        return Boolean.TRUE.equals(p.get("home")) ? "home" : (String) p.get("stopId");
    }

    private void cancel(String bookingId, String reason) {
        browser.find(By.id("reason-" + bookingId)).sendKeys(reason);
        browser.find(By.cssSelector("tr[data-booking='" + bookingId + "'] form.cancel button")).click();
    }

    @Test
    void anOperatorFindsACallerByHalfWidthKanaBooksThereAndBackAndCancelsTheReturn() throws Exception {
        World w = world();
        findByHalfWidthKanaAndOpenTheCard(w, null, "ja");
        List<String> booked = bookOutboundAndReturn(w, "ja", "行きと帰りを予約しました。運賃 300円 / 300円。");
        assertThat(browser.text(By.cssSelector(".caller .usual"))).contains("自宅 → 会津中央病院", "会津中央病院 → 自宅");

        cancel(booked.get(1), "予定が変わった");
        expectDone("取り消しました。通常のキャンセル（締切前）として記録しました。");
        assertThat(browser.text(By.cssSelector("tr[data-booking='" + booked.get(1) + "'] .status")))
                .isEqualTo("キャンセル");
        assertThat(browser.text(By.cssSelector("tr[data-booking='" + booked.get(0) + "'] .status")))
                .isEqualTo("予約中");
        assertThat(onlyBookingOn(w, w.afternoon())).containsEntry("cancellation", "CANCELLED");
        assertThat(onlyBookingOn(w, w.morning()).get("cancellation")).isNull();
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> admin.get("/api/orgs/" + w.org() + "/bookings/"
                + booked.get(1)).json().get("cancelled"), Boolean.TRUE::equals)).isEqualTo(true);
        browser.assertAccessible("console cancelled ja");
        browser.screenshot("console-cancelled-ja");
    }

    @Test
    void theSameCallInEnglish() {
        World w = world();
        findByHalfWidthKanaAndOpenTheCard(w, "en", "en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Phone bookings");
        List<String> booked = bookOutboundAndReturn(w, "en", "Outbound and return booked. Fares 300 yen / 300 yen.");
        cancel(booked.get(0), "changed plans");
        expectDone("Cancelled. It counts as an ordinary cancellation (before the booking deadline).");
        assertThat(onlyBookingOn(w, w.morning())).containsEntry("cancellation", "CANCELLED");
        browser.assertAccessible("console cancelled en");
        browser.screenshot("console-cancelled-en");
    }

    private String focusedName() {
        try {
            return browser.focused().getAttribute("name");
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return null;
        }
    }

    @Test
    void aCancellationAfterTheDeadlineIsShownAsALateCancel() {
        World w = world();
        browser.signIn(w.operator(), USER_PASSWORD);
        browser.go(console(w, null) + "&resident=" + w.resident());
        browser.find(By.id("return-none")).click();
        browser.find(By.id("book-submit")).click();
        expectDone("予約しました。運賃 300円。");
        String bookingId = (String) onlyBookingOn(w, w.morning()).get("bookingId");

        clock.set(DAY.minusDays(1).atTime(18, 0)); // the deadline was 17:00 the day before
        cancel(bookingId, "熱が出た");
        expectDone("取り消しました。直前キャンセル（締切後）として記録しました。");
        assertThat(browser.text(By.cssSelector("tr[data-booking='" + bookingId + "'] .status")))
                .isEqualTo("直前キャンセル");
        assertThat(onlyBookingOn(w, w.morning())).containsEntry("cancellation", "LATE_CANCEL");
        browser.assertAccessible("console late cancel");
        browser.screenshot("console-late-cancel-ja");
    }

    /** The id of the focused element; null while a new page replaces the old one. */
    private String focusedId() {
        try {
            return browser.focused().getAttribute("id");
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return null;
        }
    }

    @Test
    void anOperatorBooksWithTheKeyboardAlone() {
        World w = world();
        browser.signIn(w.operator(), USER_PASSWORD);
        browser.go(console(w, null));
        browser.until(d -> "q".equals(focusedId()));

        browser.keys("ﾐﾅﾄ", Keys.ENTER);
        browser.until(d -> "result-0".equals(focusedId()));
        assertThat(browser.focused().getText()).contains("湊 花子");

        browser.keys(Keys.ENTER);
        browser.until(d -> browser.path().contains("resident=")
                && "outRun".equals(focusedName()));
        assertThat(browser.focused().getAttribute("value")).as("the first run with seats").isEqualTo(w.morning());

        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 20 && !"book-submit".equals(focusedId()); i++) {
            browser.keys(Keys.TAB);
            WebElement now = browser.focused();
            visited.add(now.getAttribute("id") == null || now.getAttribute("id").isEmpty()
                    ? now.getAttribute("name") : now.getAttribute("id"));
        }
        assertThat(visited).as("Tab walks the booking form in order").startsWith("return-2", "pickup", "dropOff")
                .endsWith("purpose", "book-submit");
        browser.keys(Keys.ENTER);

        browser.until(d -> "done".equals(focusedId()));
        assertThat(browser.focused().getText()).isEqualTo("行きと帰りを予約しました。運賃 300円 / 300円。");
        assertThat(onlyBookingOn(w, w.morning())).containsEntry("residentId", w.resident());
        assertThat(onlyBookingOn(w, w.afternoon())).containsEntry("residentId", w.resident());
        browser.assertAccessible("console booked by keyboard");
        browser.screenshot("console-keyboard-booked-ja");
    }

    @Test
    void aFullRunIsRefusedNextToTheRunAndNothingIsStored() {
        World w = world();
        browser.signIn(w.operator(), USER_PASSWORD);
        browser.go(console(w, null) + "&resident=" + w.resident());
        assertThat(browser.text(By.cssSelector("tr[data-run='" + w.full() + "']"))).contains("満席");
        browser.find(By.cssSelector("input[name=outRun][value='" + w.full() + "']")).click();
        browser.find(By.id("return-none")).click();
        browser.find(By.id("book-submit")).click();

        WebElement refusal = browser.find(By.id("error-outRun"));
        assertThat(refusal.getText()).contains("満席です", "この便には空席が足りません。");
        assertThat(focusedId()).isEqualTo("error-outRun");
        assertThat(browser.find(By.cssSelector("input[name=outRun]:checked")).getAttribute("value"))
                .as("the operator's choice kept").isEqualTo(w.full());
        assertThat(browser.find(By.id("return-none")).isSelected()).isTrue();
        assertThat(browser.find(By.id("outRun-set")).getAttribute("aria-describedby")).isEqualTo("error-outRun");
        assertThat(bookingsOn(w, w.full())).as("only the booking that filled it").hasSize(1)
                .noneSatisfy(b -> assertThat(b.get("residentId")).isEqualTo(w.resident()));
        assertThat(bookingsOn(w, w.morning())).isEmpty();
        assertThat(bookingsOn(w, w.afternoon())).isEmpty();
        browser.assertAccessible("console refused");
        browser.screenshot("console-full-ja");

        // A full return: the outbound stays booked, the page says so and shows the refusal next to the return.
        browser.find(By.cssSelector("input[name=outRun][value='" + w.morning() + "']")).click();
        browser.find(By.cssSelector("input[name=returnRun][value='" + w.full() + "']")).click();
        browser.find(By.id("book-submit")).click();
        assertThat(browser.text(By.id("error-returnRun"))).contains("満席です");
        expectDone("行きは予約しました（運賃 300円）。帰りは受け付けられませんでした。");
        assertThat(onlyBookingOn(w, w.morning())).containsEntry("residentId", w.resident());
        assertThat(bookingsOn(w, w.full())).hasSize(1);
        browser.assertAccessible("console return refused");
        browser.screenshot("console-return-full-ja");
    }

    @Test
    void aNewResidentIsRegisteredDuringTheCallGivenARecurringRideChangedAndTurnDownsAreRecorded() throws Exception {
        World w = world();
        browser.signIn(w.operator(), USER_PASSWORD);
        browser.go("/orgs/" + w.org() + "/console");
        assertThat(browser.find(By.id("date")).getAttribute("value")).as("the next service day by default")
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1).toString());
        browser.go(console(w, null));
        browser.find(By.cssSelector("details.register summary")).click();
        browser.find(By.id("reg-member")).sendKeys("M-0002");
        browser.find(By.id("reg-name")).sendKeys("湊 次郎");
        browser.find(By.id("reg-kana")).sendKeys("ﾐﾅﾄ ｼﾞﾛｳ");
        browser.find(By.id("reg-phone")).sendKeys("0242-27-5678");
        browser.find(By.cssSelector("input[name=needs][value=WHEELCHAIR]")).click();
        browser.assertAccessible("console register form");
        browser.screenshot("console-register-ja");
        browser.find(By.cssSelector("details.register button[type=submit]")).click();
        expectDone("利用者を登録しました。");
        assertThat(browser.text(By.cssSelector(".caller .name"))).isEqualTo("湊 次郎");
        String resident = browser.path().replaceAll(".*resident=([^&]+).*", "$1").replace("%3A", ":");
        List<Map<String, Object>> found = admin.getList("/api/orgs/" + w.org() + "/residents?phone=0242275678");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("residentId")).isEqualTo(resident);
        assertThat(browser.find(By.id("wheelchair")).isSelected()).as("the need is the default").isTrue();

        // Recurring: every weekday of DAY, for a week: one ride on the 09:30 run.
        browser.find(By.cssSelector("details.recurring summary")).click();
        browser.find(By.cssSelector("input[name=weekdays][value=" + DAY.getDayOfWeek() + "]")).click();
        browser.script("document.getElementById('rec-until').value = arguments[0]", DAY.plusDays(6).toString());
        browser.find(By.id("recurring-submit")).click();
        expectDone(
                "定期予約を作りました：1件予約、便のない日 0日、受け付けられなかった日 0日。");
        Map<String, Object> occurrence = onlyBookingOn(w, w.morning());
        assertThat(occurrence).containsEntry("residentId", resident).containsEntry("wheelchair", false);
        String bookingId = (String) occurrence.get("bookingId");

        // Change it: a companion and the wheelchair.
        browser.find(By.id("change-" + bookingId)).click();
        browser.until(d -> "change-pickup".equals(focusedId()));
        WebElement companions = browser.find(By.id("change-companions"));
        companions.clear();
        companions.sendKeys("1");
        browser.find(By.id("change-wheelchair")).click();
        browser.assertAccessible("console change");
        browser.screenshot("console-change-ja");
        browser.find(By.cssSelector("#change-form button[type=submit]")).click();
        expectDone("予約を変更しました。");
        assertThat(onlyBookingOn(w, w.morning())).containsEntry("passengers", 2).containsEntry("companions", 1)
                .containsEntry("wheelchair", true);

        // The full run: turned down; and a ride no run could give.
        browser.find(By.cssSelector("details.not-given summary")).click();
        new Select(browser.find(By.id("td-run"))).selectByValue(w.full());
        new Select(browser.find(By.id("td-reason"))).selectByValue("RUN_FULL");
        browser.find(By.id("turn-down-submit")).click();
        expectDone("お断りを記録しました。");
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> ((List<?>) admin.get("/api/orgs/" + w.org() + "/runs/"
                + w.full()).json().get("turnedDown")).size(), n -> n == 1)).isEqualTo(1);

        browser.find(By.cssSelector("details.not-given summary")).click();
        new Select(browser.find(By.id("un-reason"))).selectByValue("NO_WHEELCHAIR_SPACE");
        browser.find(By.id("un-note")).sendKeys("夕方の便を希望");
        browser.assertAccessible("console not given");
        browser.find(By.id("unmet-submit")).click();
        expectDone("未充足の需要を記録しました。");
        String stats = "/api/orgs/" + w.org() + "/stats/ridership?from=" + java.time.YearMonth.from(DAY)
                + "&to=" + java.time.YearMonth.from(DAY);
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> ((Number) YuiHttp.organizationTotal(admin.get(stats))
                .get("unmetNeeds")).intValue(), n -> n == 1)).isEqualTo(1);
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> ((Number) YuiHttp.organizationTotal(admin.get(stats))
                .get("turnedDown")).intValue(), n -> n == 1)).isEqualTo(1);
        browser.screenshot("console-recorded-ja");
    }
}
