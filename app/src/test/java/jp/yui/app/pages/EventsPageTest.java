package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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

import com.mongodb.client.MongoDatabase;

import jp.yui.app.OwnService;
import jp.yui.app.YuiHttp;
import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/**
 * The office's events pages in real Chromium, as an operator takes calls for a 健康講座 session of 3 places: a series
 * created, a session scheduled (a capacity of 0 refused first, nothing stored), a resident found by kana registered
 * with a companion, a guest, a party of two that does not fit refused and then waitlisted, the resident cancelling so
 * the party is offered the places, the offer accepted for them, the session closed with its no-shows. Each result is
 * checked over the JSON API too; axe-core clean on every state, in Japanese and English. A viewer is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsPageTest {

    private static final String PASSWORD = "events-page-admin-password-1";
    private static final String USER_PASSWORD = "events-page-user-password-1";
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);
    private static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(10);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-events", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

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

    private long storedEvents() {
        return database.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments();
    }

    private String createUser(String org, String role) {
        String username = YuiHttp.unique(role.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        YuiHttp.Response r = admin.post("/api/users", """
                {"username":"%s","password":"%s","roles":["%s"],"organizationId":"%s"}"""
                .formatted(username, USER_PASSWORD, role, org));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }

    /** The session's registrants over the JSON API once {@code ready} holds (the view lags a little). */
    private List<Map<String, Object>> registrantsWhen(String org, String sessionId,
                                                      Predicate<List<Map<String, Object>>> ready)
            throws InterruptedException {
        List<Map<String, Object>> found = YuiHttp.eventually(VIEW_LAG, () -> admin.get("/api/orgs/" + org
                + "/attendance/sessions/" + sessionId + "/registrants").jsonList(), ready);
        assertThat(ready.test(found)).as("the registrants over the API: %s", found).isTrue();
        return found;
    }

    private static Predicate<List<Map<String, Object>>> status(String name, String status) {
        return all -> all.stream().anyMatch(r -> name.equals(r.get("name")) && status.equals(r.get("status")));
    }

    private static Map<String, Object> named(List<Map<String, Object>> all, String name) {
        return all.stream().filter(r -> name.equals(r.get("name"))).findFirst().orElseThrow();
    }

    private void setValue(By by, String value) {
        browser.script("arguments[0].value = arguments[1]", browser.find(by), value);
    }

    private void type(By by, String text) {
        WebElement field = browser.find(by);
        field.clear();
        field.sendKeys(text);
    }

    private String row(String registrationId) {
        return "#registrants tr[data-registration='" + registrationId + "']";
    }

    @Test
    void anOperatorTakesCallsForASessionFromTheSeriesToItsClose() throws Exception {
        String org = YuiHttp.unique("ev");
        assertThat(admin.put("/api/admin/organizations/" + org, "{\"name\":\"河東地区社協\"}").status())
                .isEqualTo(200);
        String resident = admin.created(admin.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"K-7","details":{"name":"河東 一郎","kana":"かわひがし いちろう","phones":["0242-75-1111"]}}"""),
                "residentId");
        String operator = createUser(org, "OPERATOR");
        browser.signIn(operator, USER_PASSWORD);

        // From the organization's page to the events list, empty.
        browser.go("/orgs/" + org);
        browser.find(By.cssSelector("main a[href$='/orgs/" + org + "/events']")).click();
        browser.until(d -> browser.path().endsWith("/events"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("行事・講座");
        assertThat(browser.text(By.id("no-series"))).startsWith("行事・講座はまだありません");
        browser.assertAccessible("events, none yet");
        browser.screenshot("events-empty-ja");

        // A series.
        type(By.id("series-title"), "健康講座");
        type(By.id("series-target"), "65歳以上");
        browser.find(By.id("create-series")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("「健康講座」を登録しました。");
        WebElement series = browser.find(By.cssSelector("section.series"));
        String seriesId = series.getAttribute("data-series");
        assertThat(series.getText()).contains("健康講座", "65歳以上", "予定された回はありません。");
        assertThat(admin.get("/api/orgs/" + org + "/attendance/series/" + seriesId).json())
                .containsEntry("title", "健康講座").containsEntry("targetGroup", "65歳以上");

        // A capacity of 0 is refused with the rule's words; nothing is stored.
        browser.find(By.cssSelector("details.schedule summary")).click();
        type(By.id("venue-0"), "河東公民館");
        setValue(By.id("date-0"), DAY.toString());
        setValue(By.id("start-0"), "10:00");
        setValue(By.id("end-0"), "11:30");
        type(By.id("capacity-0"), "0");
        type(By.id("fee-0"), "300");
        long before = storedEvents();
        browser.find(By.cssSelector("form.schedule-form button")).click();
        WebElement refused = browser.find(By.id("error-schedule-" + seriesId.replace(':', '-')));
        assertThat(refused.getText()).contains("定員が必要です", "定員は1人以上にしてください。");
        assertThat(browser.find(By.id("venue-0")).getAttribute("value")).as("the input kept").isEqualTo("河東公民館");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(admin.get("/api/orgs/" + org + "/attendance/series/" + seriesId + "/sessions").jsonList())
                .isEmpty();
        browser.assertAccessible("events, schedule refused");
        browser.screenshot("events-refused-ja");

        // Scheduled with 3 places.
        type(By.id("capacity-0"), "3");
        browser.find(By.cssSelector("form.schedule-form button")).click();
        assertThat(browser.text(By.id("done"))).startsWith("回を予定しました。");
        WebElement session = browser.find(By.cssSelector("table.sessions.upcoming tbody tr"));
        String sessionId = session.getAttribute("data-session");
        assertThat(session.findElement(By.cssSelector(".venue")).getText()).isEqualTo("河東公民館");
        assertThat(session.findElement(By.cssSelector(".taken")).getText()).isEqualTo("0 / 3");
        assertThat(session.findElement(By.cssSelector(".waiting")).getText()).isEqualTo("0");
        assertThat(session.getText()).contains("第1回", DAY.getYear() + "年" + DAY.getMonthValue() + "月"
                + DAY.getDayOfMonth() + "日", "10:00", "受付中");
        assertThat(admin.get("/api/orgs/" + org + "/attendance/sessions/" + sessionId).json().get("session"))
                .asInstanceOf(MAP)
                .containsEntry("capacity", 3).containsEntry("feeYen", 300).containsEntry("venue", "河東公民館");
        browser.assertAccessible("events, scheduled");
        browser.screenshot("events-series-ja");

        // The session's page: the resident found by the start of the kana, registered with one companion.
        browser.find(By.id("scheduled-link")).click();
        browser.until(d -> browser.path().endsWith("/events/sessions/" + sessionId));
        assertThat(browser.text(By.id("no-registrants"))).isEqualTo("申込みはまだありません。");
        assertThat(browser.find(By.id("door-link")).getAttribute("href"))
                .endsWith("/orgs/" + org + "/events/sessions/" + sessionId + "/door");
        type(By.id("q"), "カワヒガシ");
        browser.find(By.cssSelector("form[role=search] button")).click();
        browser.until(d -> browser.path().contains("q="));
        browser.screenshot("events-search-ja");
        WebElement found = browser.find(By.cssSelector("ul.results li[data-resident='" + resident + "']"));
        assertThat(found.getText()).contains("河東 一郎", "かわひがし いちろう", "0242-75-1111");
        browser.assertAccessible("session, resident found");
        type(By.id("companions-0"), "1");
        browser.find(By.id("register-0")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("申し込みました。");
        List<Map<String, Object>> api = registrantsWhen(org, sessionId, status("河東 一郎", "REGISTERED"));
        String residentRegistration = (String) named(api, "河東 一郎").get("registrationId");
        assertThat(named(api, "河東 一郎")).containsEntry("kind", "RESIDENT").containsEntry("companions", 1)
                .containsEntry("kana", "かわひがし いちろう");
        assertThat(browser.text(By.cssSelector(row(residentRegistration))))
                .contains("河東 一郎", "かわひがし いちろう", "住民", "1", "申込済");

        // A guest, by name and kana: the session is full.
        type(By.id("guest-name"), "会津 花子");
        type(By.id("guest-kana"), "あいづ はなこ");
        browser.find(By.id("register-guest")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("申し込みました。");
        api = registrantsWhen(org, sessionId, status("会津 花子", "REGISTERED"));
        String guestRegistration = (String) named(api, "会津 花子").get("registrationId");
        assertThat(named(api, "会津 花子")).containsEntry("kind", "GUEST").containsEntry("kana", "あいづ はなこ");
        assertThat(browser.text(By.cssSelector(row(guestRegistration)))).contains("会津 花子", "ゲスト", "申込済");
        assertThat(browser.text(By.id("taken"))).isEqualTo("3 / 3");
        browser.assertAccessible("session, full");
        browser.screenshot("events-session-ja");

        // A party of two does not fit: refused without the waitlist (nothing stored), waitlisted with it.
        type(By.id("guest-name"), "喜多 次郎");
        type(By.id("guest-kana"), "きた じろう");
        type(By.id("guest-companions"), "1");
        before = storedEvents();
        browser.find(By.id("register-guest")).click();
        assertThat(browser.text(By.id("error-guest"))).contains("定員に達しています");
        assertThat(browser.find(By.id("guest-name")).getAttribute("value")).isEqualTo("喜多 次郎");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(admin.get("/api/orgs/" + org + "/attendance/sessions/" + sessionId + "/registrants").jsonList())
                .hasSize(2);
        browser.assertAccessible("session, full party refused");
        browser.find(By.id("guest-waitlist")).click();
        browser.find(By.id("register-guest")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("満員のため、キャンセル待ちで受け付けました。");
        api = registrantsWhen(org, sessionId, status("喜多 次郎", "WAITLISTED"));
        String partyRegistration = (String) named(api, "喜多 次郎").get("registrationId");
        assertThat(named(api, "喜多 次郎")).containsEntry("companions", 1);
        String waiting = "#waitlist li[data-registration='" + partyRegistration + "']";
        assertThat(browser.text(By.cssSelector(waiting))).contains("喜多 次郎", "2人");
        assertThat(browser.text(By.cssSelector(row(partyRegistration)))).contains("キャンセル待ち", "（1番目）");
        browser.assertAccessible("session, waitlisted");
        browser.screenshot("events-waitlist-ja");

        // The resident cancels: their two places are offered to the party, who say yes on the phone.
        browser.find(By.cssSelector(row(residentRegistration) + " form.cancel button")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("申込みを取り消しました。");
        api = registrantsWhen(org, sessionId, status("喜多 次郎", "OFFERED"));
        assertThat(named(api, "河東 一郎")).containsEntry("status", "CANCELLED");
        assertThat(named(api, "喜多 次郎").get("offerExpiresAt")).isNotNull();
        browser.until(d -> browser.text(By.cssSelector(waiting)).contains("空きを案内中"));
        assertThat(browser.text(By.cssSelector(row(residentRegistration)))).contains("取消");
        browser.assertAccessible("session, offered");
        browser.screenshot("events-offer-ja");
        browser.find(By.cssSelector(waiting + " form.accept button")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("参加で確定しました。");
        api = registrantsWhen(org, sessionId, status("喜多 次郎", "REGISTERED"));
        assertThat(named(api, "喜多 次郎")).containsEntry("offerExpiresAt", null);
        assertThat(browser.text(By.cssSelector(row(partyRegistration)))).contains("申込済");
        assertThat(browser.text(By.id("no-waitlist"))).isEqualTo("キャンセル待ちの方はいません。");
        assertThat(browser.text(By.id("taken"))).isEqualTo("3 / 3");

        // Closed: nobody came through the door, so both registrations are no-shows, derived by the session.
        browser.find(By.id("close-session")).click();
        assertThat(browser.text(By.id("done"))).isEqualTo("この回を締めました。");
        assertThat(browser.text(By.id("closed-note"))).isEqualTo("この回は締め済みです。不参加 2件。");
        assertThat(browser.text(By.cssSelector(row(guestRegistration)))).contains("不参加");
        assertThat(browser.driver().findElements(By.id("guest-form"))).isEmpty();
        Map<String, Object> closed = admin.get("/api/orgs/" + org + "/attendance/sessions/" + sessionId).json();
        assertThat(closed.get("session")).asInstanceOf(MAP)
                .containsEntry("closed", true)
                .extractingByKey("noShowRegistrationIds").asInstanceOf(
                        LIST)
                .containsExactlyInAnyOrder(guestRegistration, partyRegistration);
        browser.assertAccessible("session, closed");
        browser.screenshot("events-closed-ja");

        // In English.
        browser.find(By.cssSelector("a[hreflang=en]")).click();
        browser.until(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.text(By.id("closed-note"))).isEqualTo("This session is closed. No-shows: 2.");
        assertThat(browser.text(By.cssSelector(row(partyRegistration)))).contains("Registered", "No-show");
        browser.assertAccessible("session (en)");
        browser.screenshot("events-closed-en");
        browser.find(By.cssSelector("p.crumbs a")).click();
        browser.until(d -> browser.path().endsWith("/events"));
        assertThat(browser.text(By.cssSelector("table.sessions tbody tr"))).contains("Session 1", "3 / 3",
                "Closed");
        browser.assertAccessible("events (en)");
        browser.screenshot("events-series-en");
        browser.find(By.cssSelector("a[hreflang=ja]")).click();
        browser.until(d -> "ja".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        browser.signOut();

        // A viewer of the organization does not get the office's pages.
        String viewer = createUser(org, "VIEWER");
        assertThat(admin.as(viewer, USER_PASSWORD).get("/orgs/" + org + "/events").status()).isEqualTo(403);
        assertThat(admin.as(viewer, USER_PASSWORD).get("/orgs/" + org + "/events/sessions/" + sessionId).status())
                .isEqualTo(403);
    }
}
