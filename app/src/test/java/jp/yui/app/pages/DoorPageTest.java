package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
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
import jp.yui.domain.attendance.api.AttendeeCheckedIn;
import jp.yui.domain.attendance.api.CheckInUndone;
import jp.yui.domain.attendance.api.WalkInCheckedIn;

/**
 * A session's door on the tablet in real Chromium: six calls taken by phone and entered by the operator on the office's
 * events page (two residents found by kana, four named guests), then the door: a resident with a companion found by the half-width katakana of her reading
 * and checked in, another checked in by mistake and undone with a reason, one walk-in party (a named walk-in and a
 * companion), two guests checked in while the network is cut (the browser's offline mode and, underneath, a relay the
 * test switches off — Chromium's offline mode does not cut a service worker's own fetches), a reload without signal
 * keeping the registrants, the search and the queue, the two sent exactly once when the network returns — also when
 * the page sends them, and the undo, again under the same ids — a registration cancelled by the office while the
 * tablet was offline refused in Japanese, the counts on the page equal to the server's, the session closed over the
 * API and a late check-in refused, and the figures page showing the session's counts. Another organization's event
 * staff and a driver of the same one are refused the door.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoorPageTest {

    private static final String PASSWORD = "door-admin-password-1";
    private static final String USER_PASSWORD = "door-user-password-1";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-door", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore events;

    private Relay relay;
    private Browser browser;
    private YuiHttp admin;

    /** An organization with an operator, a door login and a session of today with six registrations by phone. */
    record Session(String org, YuiHttp office, String doorLogin, String sessionId, String yamada, String sato,
                   String suzuki, String tanaka, String ito, String watanabe) {

        String api() {
            return "/api/orgs/" + org + "/attendance/sessions/" + sessionId;
        }
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
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        relay.restore();
        browser.online();
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aSessionsDoorWithAWalkInAnUndoAndTwoCheckInsMadeWithoutSignalSentOnce() {
        Session s = session();
        String org = s.org();
        browser.signIn(s.doorLogin(), USER_PASSWORD);

        // The chooser: today's session, with its series and venue.
        browser.go("/orgs/" + org + "/events/door");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("受付");
        WebElement choice = browser.find(By.cssSelector("li[data-session='" + s.sessionId() + "'] a"));
        assertThat(choice.getText()).contains("健康講座", "第1回", "河東公民館", "本日");
        browser.assertAccessible("door choose");
        browser.screenshot("door-choose-ja");
        click(choice);

        // The session's page: the registrants loaded and kept on the tablet, the counts from the server.
        browser.until(d -> browser.path().equals("/orgs/" + org + "/events/sessions/" + s.sessionId() + "/door"));
        assertThat(browser.text(By.tagName("h1"))).contains("健康講座", "第1回");
        waitOfflineReady();
        browser.until(d -> d.findElements(By.cssSelector("[data-registrants] li")).size() == 6);
        assertThat(count("registered")).as("six registrations, one with a companion").isEqualTo(7);
        assertThat(count("notArrived")).isEqualTo(7);
        assertThat(count("attendances")).isZero();
        browser.assertAccessible("door session");
        browser.screenshot("door-session-ja");

        // 山田 花子 is found by the half-width katakana of the start of her reading and checked in with her companion.
        search("ﾔﾏﾀﾞ");
        assertThat(shownRegistrations()).containsExactly(s.yamada());
        assertThat(person(s.yamada()).getText()).contains("山田 花子", "やまだ はなこ", "計2人");
        tap(s.yamada(), "button.check-in");
        assertThat(browser.text(By.cssSelector("[data-last-action]"))).isEqualTo("受付しました：山田 花子（計2人）");
        assertThat(count("attended")).isEqualTo(2);
        waitAllSent();
        // Found by the given name in hiragana too; shown checked in.
        search("はなこ");
        assertThat(shownRegistrations()).containsExactly(s.yamada());
        browser.until(d -> person(s.yamada()).getText().contains("受付済み"));

        // 佐藤 一郎 is checked in by mistake (it was someone else) and the check-in undone with a reason.
        search("サトウ");
        tap(s.sato(), "button.check-in");
        search("さと");
        tap(s.sato(), "button[data-undo]");
        browser.find(By.id("undo-reason")).sendKeys("別の方でした");
        browser.assertAccessible("door undo");
        browser.screenshot("door-undo-ja");
        click(By.cssSelector("[data-form=undo] button[type=submit]"));
        waitAllSent();
        search("さとう");
        browser.until(d -> !person(s.sato()).findElements(By.cssSelector("button.check-in")).isEmpty());
        assertThat(count("attended")).isEqualTo(2);

        // One walk-in party: a named walk-in of 75–84 from 河東 and a companion.
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("walk-in-band"))).selectByValue("FROM_75_TO_84");
        browser.find(By.id("walk-in-district")).sendKeys("河東");
        browser.find(By.id("walk-in-name")).sendKeys("飛込 太郎");
        WebElement companions = browser.find(By.id("walk-in-companions"));
        companions.clear();
        companions.sendKeys("1");
        browser.assertAccessible("door walk-in");
        click(By.cssSelector("[data-form=walk-in] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-walk-in-done]"))).isEqualTo("当日参加を記録しました（2人）。");
        waitAllSent();
        assertThat(browser.driver().findElements(By.cssSelector("[data-walk-ins] li"))).hasSize(2);
        assertThat(count("walkIns")).isEqualTo(2);
        browser.screenshot("door-walk-in-ja");

        // The signal goes. The office cancels 渡辺's registration meanwhile (the tablet cannot know).
        relay.cut();
        browser.offline();
        YuiHttp.Response cancelled = s.office().post(s.api() + "/registrations/" + s.watanabe() + "/cancel", "{}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        // Two guests checked in without signal, found by their readings; kept on the tablet, counted at once.
        search("すずき");
        tap(s.suzuki(), "button.check-in");
        search("ﾀﾅｶ");
        tap(s.tanaka(), "button.check-in");
        assertThat(browser.text(By.cssSelector("[data-queue-status]"))).startsWith("未送信 2件");
        assertThat(count("attended")).isEqualTo(4);
        assertThat(count("attendances")).isEqualTo(6);
        search("た");
        assertThat(person(s.tanaka()).getText()).contains("受付済み（送信待ち）");
        browser.assertAccessible("door offline");
        browser.screenshot("door-offline-ja");

        // A reload without signal: the page from the tablet's cache, the registrants, search and queue kept.
        browser.driver().navigate().refresh();
        assertThat(browser.text(By.tagName("h1"))).contains("健康講座");
        browser.until(d -> browser.text(By.cssSelector("[data-queue-status]")).startsWith("未送信 2件"));
        search("すず");
        assertThat(shownRegistrations()).containsExactly(s.suzuki());
        assertThat(person(s.suzuki()).getText()).contains("受付済み（送信待ち）");
        assertThat(count("attended")).isEqualTo(4);
        // 渡辺 still shows as registered here and is checked in: the server will refuse it.
        search("わたなべ");
        tap(s.watanabe(), "button.check-in");
        assertThat(browser.text(By.cssSelector("[data-queue-status]"))).startsWith("未送信 3件");
        assertThat(checkInsOf(s.sessionId())).as("nothing got through while cut").hasSize(4);

        // The signal returns: the two are sent and stored once; 渡辺's is refused in Japanese and taken back.
        relay.restore();
        browser.online();
        waitAllSent();
        assertThat(browser.text(By.cssSelector("[data-refusals] .notice"))).startsWith("取消済みの申込みです");
        Map<String, Long> stored = checkInsOf(s.sessionId());
        assertThat(stored.values()).as("each check-in stored once").containsOnly(1L);
        assertThat(stored).as("山田, 佐藤 (undone), the walk-in and companion, 鈴木, 田中").hasSize(6);
        browser.assertAccessible("door refusal");
        browser.screenshot("door-refused-ja");
        click(By.cssSelector("[data-refusals] button[data-dismiss]"));
        browser.until(d -> d.findElements(By.cssSelector("[data-refusals] .notice")).isEmpty());

        // The page sends the two offline check-ins and the undo again under the same ids (answers lost on the way):
        // answered as recorded, nothing stored twice.
        Object resent = browser.script("""
                var q = YuiDoor.queue;
                var session = arguments[0], suzuki = arguments[1], tanaka = arguments[2];
                var again = q.sent(session).filter(function (a) {
                    return a.kind === 'undo' || a.body.registrationId === suzuki || a.body.registrationId === tanaka;
                }).map(function (a) { delete a.answer; return a; });
                var queue = JSON.parse(localStorage.getItem(q.queueKey) || '[]');
                localStorage.setItem(q.queueKey, JSON.stringify(queue.concat(again)));
                return q.flush().then(function () { return again.length; });""",
                s.sessionId(), s.suzuki(), s.tanaka());
        assertThat(resent).isEqualTo(3L);
        waitAllSent();
        assertThat(browser.driver().findElements(By.cssSelector("[data-refusals] .notice")))
                .as("the repeats are answered as recorded, not refused").isEmpty();
        assertThat(checkInsOf(s.sessionId())).isEqualTo(stored);
        assertThat(undos(s.sessionId())).as("the undo stored once").isEqualTo(1);

        // The counts on the page are the server's: registered 6 (渡辺 cancelled), 山田 and her companion, 鈴木 and
        // 田中 checked in (4), the walk-in party (2): 延べ 6; 佐藤 and 伊藤 not yet arrived.
        browser.until(d -> count("registered") == 6);
        assertThat(count("attended")).isEqualTo(4);
        assertThat(count("walkIns")).isEqualTo(2);
        assertThat(count("attendances")).isEqualTo(6);
        assertThat(count("notArrived")).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) s.office().get(s.api()).json().get("counts");
        assertThat(counts).containsEntry("registered", 6).containsEntry("attended", 4).containsEntry("walkIns", 2)
                .containsEntry("attendances", 6);

        // The office closes the session: the page shows it closed; a check-in left in a tablet's queue is refused.
        YuiHttp.Response close = s.office().post(s.api() + "/close", "{}");
        assertThat(close.status()).as(close.body()).isIn(200, 202);
        search("");
        browser.until(d -> d.findElements(By.cssSelector("[data-registrants] button")).isEmpty());
        assertThat(browser.text(By.cssSelector("[data-closed-badge]"))).isEqualTo("締め済み");
        browser.script("""
                var q = YuiDoor.queue;
                var queue = JSON.parse(localStorage.getItem(q.queueKey) || '[]');
                queue.push({ id: 'late-check-in-1', sessionId: arguments[0], kind: 'check-ins', url: arguments[1],
                    body: { checkInId: 'late-check-in-1', registrationId: arguments[2] }, local: { companions: 0 } });
                localStorage.setItem(q.queueKey, JSON.stringify(queue));
                return q.flush();""", s.sessionId(), s.api() + "/check-ins", s.ito());
        assertThat(browser.text(By.cssSelector("[data-refusals] .notice"))).startsWith("受付は締め切られました");
        waitAllSent();
        assertThat(checkInsOf(s.sessionId())).isEqualTo(stored);
        browser.assertAccessible("door closed");
        browser.screenshot("door-closed-ja");

        browser.go("/orgs/" + org + "/events/sessions/" + s.sessionId() + "/door?lang=en");
        assertThat(browser.text(By.id("h-counts"))).isEqualTo("Counts");
        browser.until(d -> d.findElements(By.cssSelector("[data-registrants] li")).size() == 6);
        browser.assertAccessible("door session (en)");
        browser.screenshot("door-session-en");
        browser.go("/orgs/" + org + "/events/door?lang=en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Door");
        browser.assertAccessible("door choose (en)");
        browser.screenshot("door-choose-en");
        browser.go("/orgs/" + org + "/events/door?lang=ja");

        // The figures page shows the session: registered 6, 延べ 6, walk-ins 2, no-shows 2 (佐藤, 伊藤), 実人数 6.
        LocalDate today = LocalDate.now(TOKYO);
        int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String row = "#attendance-sessions tr[data-session='" + s.sessionId() + "']";
        browser.go("/orgs/" + org + "/figures?fiscalYear=" + fiscalYear);
        browser.until(d -> {
            List<WebElement> noShows = d.findElements(By.cssSelector(row + " td[data-figure=noShows]"));
            if (!noShows.isEmpty() && "2".equals(noShows.get(0).getText())) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        Map<String, String> figures = browser.driver().findElements(By.cssSelector(row + " td[data-figure]")).stream()
                .collect(Collectors.toMap(e -> e.getAttribute("data-figure"), WebElement::getText));
        assertThat(figures).containsEntry("registered", "6").containsEntry("attendances", "6")
                .containsEntry("walkIns", "2").containsEntry("noShows", "2").containsEntry("people", "6");
        browser.assertAccessible("figures with the door's session");
        browser.screenshot("door-figures-ja");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) s.office()
                .get("/api/orgs/" + org + "/attendance/figures/sessions/" + s.sessionId()).json().get("figures");
        assertThat(json).as("the same over the JSON endpoint").containsEntry("registered", 6)
                .containsEntry("attendances", 6).containsEntry("walkIns", 2).containsEntry("noShows", 2)
                .containsEntry("distinctPeople", 6);
        browser.go("/orgs/" + org + "/events/door");

        // Signing out forgets the tablet's door data: registrants, queue, journal and cached pages.
        browser.signOut();
        Object left = browser.script("""
                return caches.has('yui-door').then(function (cached) {
                    return Object.keys(localStorage).filter(function (k) { return k.indexOf('yui.door.') === 0; })
                        .length + (cached ? 100 : 0);
                });""");
        assertThat(((Number) left).intValue()).as("door data after sign-out").isZero();
    }

    @Test
    void anotherOrganizationsEventStaffAndADriverAreRefusedTheDoor() {
        Session s = session();
        String other = YuiHttp.unique("door");
        assertThat(admin.put("/api/admin/organizations/" + other, "{\"name\":\"よその会\"}").status()).isEqualTo(200);
        browser.signIn(createUser(other, "EVENT_STAFF"), USER_PASSWORD);
        browser.go("/orgs/" + s.org() + "/events/sessions/" + s.sessionId() + "/door");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("このページは表示できません");
        assertThat(browser.driver().getPageSource()).doesNotContain("健康講座");
        browser.go("/orgs/" + s.org() + "/events/door");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("このページは表示できません");
        browser.assertAccessible("door refused");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(createUser(s.org(), "DRIVER"), USER_PASSWORD);
        browser.go("/orgs/" + s.org() + "/events/door");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("このページは表示できません");
        assertThat(browser.driver().findElements(By.cssSelector("header nav a[href$='/events/door']"))).isEmpty();
    }

    /**
     * The organization, its logins, a series with today's session (over the API) and six registrations by phone
     * through the office's page.
     */
    private Session session() {
        String org = YuiHttp.unique("door");
        assertThat(admin.put("/api/admin/organizations/" + org, "{\"name\":\"河東地区社会福祉協議会\"}").status())
                .isEqualTo(200);
        String operator = createUser(org, "OPERATOR");
        YuiHttp office = admin.as(operator, USER_PASSWORD);
        String base = "/api/orgs/" + org + "/attendance";
        String yamadaResident = office.created(office.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"K-1","details":{"name":"山田 花子","kana":"やまだ はなこ","phones":["0242-11-1111"]},
                 "district":"河東"}"""), "residentId");
        String satoResident = office.created(office.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"K-2","details":{"name":"佐藤 一郎","kana":"さとう いちろう","phones":["0242-11-2222"]},
                 "district":"河東"}"""), "residentId");
        String seriesId = office.created(office.post(base + "/series", """
                {"title":"健康講座","targetGroup":"65歳以上"}"""), "seriesId");
        LocalDate today = LocalDate.now(TOKYO);
        String sessionId = office.created(office.post(base + "/series/" + seriesId + "/sessions", """
                {"number":1,"venue":"河東公民館","startsAt":"%sT10:00:00","endsAt":"%sT11:30:00","capacity":30,
                 "feeYen":0}""".formatted(today, today)), "eventSessionId");
        // The calls taken by phone, entered on the office's events page by the operator.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(operator, USER_PASSWORD);
        browser.go("/orgs/" + org + "/events/sessions/" + sessionId);
        registerResident("やまだ", 1);
        registerResident("ｻﾄｳ", 0);
        registerGuest("鈴木 次郎", "スズキ ジロウ");
        registerGuest("田中 三郎", "たなか さぶろう");
        registerGuest("伊藤 幸子", "いとう さちこ");
        registerGuest("渡辺 実", "わたなべ みのる");
        browser.driver().manage().deleteAllCookies();
        Map<String, String> byName = office.getList(base + "/sessions/" + sessionId + "/registrants").stream()
                .collect(Collectors.toMap(r -> (String) r.get("name"), r -> (String) r.get("registrationId")));
        assertThat(byName).hasSize(6);
        String yamada = byName.get("山田 花子");
        String sato = byName.get("佐藤 一郎");
        String suzuki = byName.get("鈴木 次郎");
        String tanaka = byName.get("田中 三郎");
        String ito = byName.get("伊藤 幸子");
        String watanabe = byName.get("渡辺 実");
        return new Session(org, office, createUser(org, "EVENT_STAFF"), sessionId, yamada, sato, suzuki, tanaka,
                ito, watanabe);
    }

    /** On the office's session page: finds the resident by the kana typed and registers them with companions. */
    private void registerResident(String kana, int companions) {
        int before = browser.driver().findElements(By.cssSelector("#registrants tbody tr")).size();
        WebElement q = browser.find(By.id("q"));
        q.clear();
        q.sendKeys(kana, org.openqa.selenium.Keys.ENTER);
        WebElement count = browser.find(By.id("companions-0"));
        count.clear();
        count.sendKeys(String.valueOf(companions));
        click(By.id("register-0"));
        browser.until(d -> d.findElements(By.cssSelector("#registrants tbody tr")).size() == before + 1);
    }

    /** On the office's session page: registers a named guest (65–74, 河東) without companions. */
    private void registerGuest(String name, String kana) {
        int before = browser.driver().findElements(By.cssSelector("#registrants tbody tr")).size();
        browser.find(By.id("guest-name")).sendKeys(name);
        browser.find(By.id("guest-kana")).sendKeys(kana);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("guest-age"))).selectByValue("FROM_65_TO_74");
        browser.find(By.id("guest-district")).sendKeys("河東");
        click(By.id("register-guest"));
        browser.until(d -> d.findElements(By.cssSelector("#registrants tbody tr")).size() == before + 1);
    }

    /** Types into the search box as a volunteer does (the box cleared first). */
    private void search(String text) {
        WebElement box = browser.find(By.id("door-search"));
        browser.script("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", box);
        if (!text.isEmpty()) {
            box.sendKeys(text);
        }
    }

    private List<String> shownRegistrations() {
        return browser.driver().findElements(By.cssSelector("[data-registrants] li")).stream()
                .map(e -> e.getAttribute("data-registration")).toList();
    }

    /** Taps a button of a registrant's row (found afresh each try: the list is redrawn when the counts change). */
    private void tap(String registrationId, String button) {
        browser.until(d -> {
            WebElement b = person(registrationId).findElement(By.cssSelector(button));
            click(b);
            return true;
        });
    }

    private WebElement person(String registrationId) {
        return browser.find(By.cssSelector("[data-registrants] li[data-registration='" + registrationId + "']"));
    }

    private int count(String name) {
        String value = browser.until(d -> {
            String v = browser.find(By.cssSelector("[data-count=" + name + "]")).getAttribute("data-value");
            return v == null || v.isEmpty() ? null : v;
        });
        return Integer.parseInt(value);
    }

    /** Clicks as a finger does: the element scrolled to the middle, clear of the sticky queue status. */
    private void click(By by) {
        click(browser.find(by));
    }

    private void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The session's stored check-ins and walk-ins: how many events each id has. */
    private Map<String, Long> checkInsOf(String sessionId) {
        return events.readEvents(sessionId).asStream()
                .map(e -> e.getPayload() instanceof AttendeeCheckedIn c ? c.checkInId()
                        : e.getPayload() instanceof WalkInCheckedIn w ? w.checkInId() : null)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    private long undos(String sessionId) {
        return events.readEvents(sessionId).asStream().filter(e -> e.getPayload() instanceof CheckInUndone).count();
    }

    private void waitOfflineReady() {
        browser.until(d -> "true".equals(browser.script("return document.documentElement.dataset.offlineReady")));
    }

    private void waitAllSent() {
        browser.until(d -> "0".equals(browser.find(By.cssSelector("[data-queue-status]")).getAttribute("data-pending")));
    }

    private String createUser(String org, String role) {
        String username = YuiHttp.unique(role.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        YuiHttp.Response r = admin.post("/api/users", """
                {"username":"%s","password":"%s","roles":["%s"],"organizationId":"%s"}"""
                .formatted(username, USER_PASSWORD, role, org));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }
}
