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
import jp.yui.domain.transport.api.RideOutcomeRecorded;

/**
 * The driver's phone page in real Chromium at phone size: today's run of the signed-in driver, the duty recorded step
 * by step, two riders' outcomes recorded while the network is cut (the browser's offline mode and, underneath, a relay
 * between the browser and the service that the test switches off, since Chromium's offline emulation does not cut a
 * service worker's own fetches), a reload without signal losing nothing, and every outcome stored exactly once after
 * the network returns, even when the page sends one again with the same {@code actionId}. Another driver of the same
 * organization is refused the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverPageTest {

    private static final String PASSWORD = "driver-admin-password-1";
    private static final String USER_PASSWORD = "driver-user-password-1";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-driver", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore events;

    private Relay relay;
    private Browser browser;
    private YuiHttp admin;

    /** A run of today with its driver's login and three booked riders, in pickup order. */
    record TodaysRun(String org, String runId, String driverLogin, List<String> bookings) {
    }

    @BeforeAll
    void open() throws IOException {
        relay = new Relay(port);
        browser = Browser.phone("http://localhost:" + relay.port());
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
    void aDriverRecordsTheRunWithTwoStepsWithoutSignalAndEachIsStoredOnce() throws Exception {
        TodaysRun run = todaysRun();
        browser.signIn(run.driverLogin(), USER_PASSWORD);
        browser.go("/orgs/" + run.org() + "/driver");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("本日の運行");
        WebElement link = browser.find(By.cssSelector("a.driver-run-link"));
        assertThat(link.getText()).contains("09:30", "みなとバス", "乗客 3件", "未出発");
        assertThat(browser.driver().findElements(By.cssSelector("a.driver-run-link"))).hasSize(1);
        browser.waitOfflineReady();
        browser.assertAccessible("driver today");
        browser.screenshot("driver-today-ja");

        link.click();
        browser.until(d -> browser.path().startsWith("/orgs/" + run.org() + "/driver/runs/"));
        browser.waitOfflineReady();
        browser.assertAccessible("driver run before the duty");
        browser.find(By.id("check-by")).sendKeys("事務局 佐藤");
        browser.find(By.cssSelector("[data-form=safety-check] button")).click();
        browser.find(By.id("start-km")).sendKeys("1000");
        browser.find(By.cssSelector("[data-form=start] button")).click();
        browser.waitAllSent();
        rider(0).findElement(By.cssSelector("[data-outcome-button=BOARDED]")).click();
        browser.waitAllSent();
        assertThat(seen(() -> outcomeOnServer(run, 0), "BOARDED")).isEqualTo("BOARDED");

        // The signal goes: two outcomes are kept on the phone and shown at once.
        relay.cut();
        browser.offline();
        rider(1).findElement(By.cssSelector("[data-outcome-button=NO_SHOW]")).click();
        rider(0).findElement(By.cssSelector("[data-outcome-button=DROPPED_OFF]")).click();
        assertThat(browser.text(By.cssSelector("[data-queue-status]"))).startsWith("未送信 2件");
        assertThat(rider(0).findElement(By.cssSelector("[data-outcome-label]")).getText()).isEqualTo("降車");
        assertThat(rider(1).findElement(By.cssSelector("[data-outcome-label]")).getText()).isEqualTo("不在");
        browser.assertAccessible("driver run offline");
        browser.screenshot("driver-offline-ja");

        // A reload without signal: the page comes from the phone's cache, the queue is kept.
        browser.driver().navigate().refresh();
        assertThat(browser.text(By.tagName("h1"))).contains("09:30", "みなとバス");
        browser.until(d -> browser.text(By.cssSelector("[data-queue-status]")).startsWith("未送信 2件"));
        assertThat(rider(0).findElement(By.cssSelector("[data-outcome-label]")).getText()).isEqualTo("降車");
        assertThat(rider(1).findElement(By.cssSelector("[data-outcome-label]")).getText()).isEqualTo("不在");
        assertThat(outcomeOnServer(run, 1)).as("nothing got through while cut").isNull();
        assertThat(outcomeOnServer(run, 0)).isEqualTo("BOARDED");

        // The signal returns: the queue is sent, in order.
        relay.restore();
        browser.online();
        browser.waitAllSent();
        assertThat(seen(() -> outcomeOnServer(run, 0), "DROPPED_OFF")).isEqualTo("DROPPED_OFF");
        assertThat(seen(() -> outcomeOnServer(run, 1), "NO_SHOW")).isEqualTo("NO_SHOW");

        // The page sends the last outcome again with the same actionId (as after an answer lost on the way).
        Object resent = browser.script("""
                var sent = JSON.parse(localStorage.getItem('yui.driver.sent.' + arguments[0] + '.' + arguments[1]));
                var again = sent[sent.length - 1];
                var queue = JSON.parse(localStorage.getItem(YuiDriver.queueKey) || '[]');
                queue.push(again);
                localStorage.setItem(YuiDriver.queueKey, JSON.stringify(queue));
                return YuiDriver.flush().then(function () { return again.actionId; });""",
                run.driverLogin(), run.runId());
        assertThat(resent).isNotNull();
        browser.waitAllSent();
        assertThat(browser.driver().findElements(By.cssSelector("[data-refusals] .notice")))
                .as("the repeat is answered as recorded, not refused").isEmpty();
        Map<String, Long> outcomes = outcomeEvents(run.runId());
        assertThat(outcomes).as("each outcome stored once").isEqualTo(Map.of(
                run.bookings().get(0) + " BOARDED", 1L, run.bookings().get(0) + " DROPPED_OFF", 1L,
                run.bookings().get(1) + " NO_SHOW", 1L));

        // A refused step (the odometer running backwards) is shown and not retried; the right one is recorded.
        browser.find(By.id("end-km")).sendKeys("900");
        browser.find(By.cssSelector("[data-form=end] button")).click();
        assertThat(browser.text(By.cssSelector("[data-refusals] .notice"))).contains("走行距離計");
        browser.waitAllSent();
        browser.script("window.scrollTo(0, 0)");
        browser.find(By.cssSelector("[data-refusals] button[data-dismiss]")).click();
        browser.until(d -> d.findElements(By.cssSelector("[data-refusals] .notice")).isEmpty());
        WebElement km = browser.find(By.id("end-km"));
        km.clear();
        km.sendKeys("1030");
        browser.find(By.cssSelector("[data-form=end] button")).click();
        browser.waitAllSent();
        assertThat(seen(() -> admin.get("/api/orgs/" + run.org() + "/runs/" + run.runId() + "/duty").json()
                .get("distanceKm"), 30)).isEqualTo(30);
        browser.driver().navigate().refresh();
        browser.until(d -> browser.find(By.cssSelector("[data-state-end]")).getAttribute("class").contains("done"));
        browser.assertAccessible("driver run ended");
        browser.screenshot("driver-run-ja");
        browser.go("/orgs/" + run.org() + "/driver/runs/" + run.runId() + "?lang=en");
        assertThat(browser.text(By.cssSelector("#h-check"))).isEqualTo("Roll call and vehicle check");
        browser.assertAccessible("driver run (en)");
        browser.screenshot("driver-run-en");
        browser.go("/orgs/" + run.org() + "/driver?lang=ja");

        // Signing out forgets the phone's driver data and pages.
        browser.signOut();
        Object left = browser.script("""
                return caches.has('yui-driver').then(function (cached) {
                    return Object.keys(localStorage).filter(function (k) { return k.indexOf('yui.driver.') === 0; })
                        .length + (cached ? 100 : 0);
                });""");
        assertThat(((Number) left).intValue()).as("queue, journal and cached pages after sign-out").isZero();
    }

    @Test
    void anotherDriverOfTheOrganizationIsRefusedTheRun() {
        TodaysRun run = todaysRun();
        String other = admin.newUser(run.org(), "DRIVER", USER_PASSWORD);
        registerDriver(run.org(), "別の 運転手", other);
        browser.signIn(other, USER_PASSWORD);
        browser.go("/orgs/" + run.org() + "/driver");
        assertThat(browser.text(By.cssSelector("[data-no-runs]"))).isEqualTo("本日の担当便はありません。");
        browser.go("/orgs/" + run.org() + "/driver/runs/" + run.runId());
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("このページは表示できません");
        assertThat(browser.driver().getPageSource()).doesNotContain("乗客 一");
        assertThat(admin.as(other, USER_PASSWORD).post("/api/orgs/" + run.org() + "/runs/" + run.runId()
                + "/duty/abnormal-events", """
                {"actionId":"other-driver-1","at":"2026-01-01T09:00:00","summary":"x"}""").status()).isEqualTo(403);
        browser.assertAccessible("driver refused");
        browser.screenshot("driver-refused-ja");
    }

    @Test
    void signingOutFromAnotherPageLeavesNoRiderOnThePhone() {
        TodaysRun run = todaysRun();
        browser.signIn(run.driverLogin(), USER_PASSWORD);
        browser.go("/orgs/" + run.org() + "/driver/runs/" + run.runId());
        browser.waitOfflineReady();
        browser.script("localStorage.setItem('yui.driver.left-behind', 'x')");
        browser.go("/orgs/" + run.org());
        assertThat(browser.driver().findElements(By.cssSelector("script[src*='driver.js']"))).as("not a driver page")
                .isEmpty();
        browser.signOut();
        Object left = browser.script("""
                return caches.keys().then(function (names) {
                    return localStorage.length + names.length * 100;
                });""");
        assertThat(((Number) left).intValue()).as("storage entries and caches after signing out elsewhere").isZero();
    }

    @Test
    void theOfficeSeesEveryRunOfTheDayAndRecordsAVolunteerRidesCosts() {
        TodaysRun run = todaysRun("VOLUNTEER");
        browser.signIn(admin.newUser(run.org(), "OPERATOR", USER_PASSWORD), USER_PASSWORD);
        browser.go("/orgs/" + run.org() + "/driver");
        assertThat(browser.text(By.cssSelector("main .notice"))).startsWith("事務局");
        browser.find(By.cssSelector("a.driver-run-link")).click();
        browser.until(d -> browser.path().startsWith("/orgs/" + run.org() + "/driver/runs/"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-form=fares]"))).as("no fare on a volunteer ride")
                .isEmpty();
        browser.find(By.id("check-by")).sendKeys("事務局 佐藤");
        browser.find(By.cssSelector("[data-form=safety-check] button")).click();
        browser.find(By.id("start-km")).sendKeys("500");
        browser.find(By.cssSelector("[data-form=start] button")).click();
        rider(0).findElement(By.cssSelector("[data-outcome-button=BOARDED]")).click();
        WebElement fuel = browser.find(By.id("fuelYen-0"));
        fuel.clear();
        fuel.sendKeys("200");
        WebElement thanks = browser.find(By.id("thanksYen-0"));
        thanks.clear();
        thanks.sendKeys("500");
        rider(0).findElement(By.cssSelector("[data-form=costs] button")).click();
        browser.waitAllSent();
        assertThat(browser.text(By.cssSelector("li.rider [data-money-done]"))).isEqualTo("実費を記録しました");
        Map<String, Integer> costs = Map.of("fuelYen", 200, "tollYen", 0, "parkingYen", 0, "thanksYen", 500);
        assertThat(seen(() -> ((List<Map<String, Object>>) admin.get("/api/orgs/" + run.org() + "/runs/"
                + run.runId()).json().get("bookings")).stream()
                .filter(b -> b.get("bookingId").equals(run.bookings().get(0))).findFirst().orElseThrow().get("costs"),
                costs)).isEqualTo(costs);
        browser.assertAccessible("driver volunteer run");
        browser.screenshot("driver-volunteer-ja");
        browser.signOut();
    }

    private WebElement rider(int i) {
        return browser.driver().findElements(By.cssSelector("li.rider")).get(i);
    }

    /**
     * What the run's view shows once it has caught up with {@code expected} (a 2xx means the step is stored; the view
     * follows a moment later), or what it shows after 30 s.
     */
    private static <T> T seen(java.util.function.Supplier<T> read, Object expected) {
        try {
            return YuiHttp.eventually(java.time.Duration.ofSeconds(30), read, expected::equals);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String outcomeOnServer(TodaysRun run, int rider) {
        List<Map<String, Object>> bookings = (List<Map<String, Object>>) admin
                .get("/api/orgs/" + run.org() + "/runs/" + run.runId()).json().get("bookings");
        return (String) bookings.stream().filter(b -> b.get("bookingId").equals(run.bookings().get(rider)))
                .findFirst().orElseThrow().get("outcome");
    }

    private Map<String, Long> outcomeEvents(String runId) {
        return events.readEvents(runId).asStream().filter(e -> e.getPayload() instanceof RideOutcomeRecorded)
                .map(e -> (RideOutcomeRecorded) e.getPayload())
                .collect(Collectors.groupingBy(e -> e.bookingId() + " " + e.outcome(), Collectors.counting()));
    }

    private TodaysRun todaysRun() {
        return todaysRun("DEMAND_RESPONSIVE");
    }

    private TodaysRun todaysRun(String kind) {
        String org = admin.newOrganization("drv", "みなと運転ボランティアの会");
        // Bookings close at the end of the day itself, so the test can book today's run.
        admin.created(admin.post("/api/orgs/" + org + "/services", """
                {"code":"bus","name":"みなとバス","kind":"%s","deadline":{"daysBefore":0,"time":"23:59"},
                 "calendar":{"weekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                 "runsOnHolidays":true}}""".formatted(kind)), "serviceId");
        if (!kind.equals("VOLUNTEER")) {
            admin.created(admin.post("/api/orgs/" + org + "/services/bus/fares", """
                    {"effectiveFrom":"2020-01-01","kind":"FLAT","flatYen":300}"""), "serviceId");
        }
        String vehicle = admin.created(admin.post("/api/orgs/" + org + "/vehicles", """
                {"registrationNumber":"会津 500 あ 12","seats":8,"wheelchairSpaces":1}"""), "vehicleId");
        String login = admin.newUser(org, "DRIVER", USER_PASSWORD);
        String driver = registerDriver(org, "運転 一郎", login);
        String runId = admin.created(admin.post("/api/orgs/" + org + "/runs", """
                {"service":"bus","serviceDate":"%s","departure":"09:30","vehicleId":"%s","driverId":"%s"}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Tokyo")), vehicle, driver)), "runId");
        List<String> bookings = new java.util.ArrayList<>();
        String[] names = {"乗客 一", "乗客 二", "乗客 三"};
        for (int i = 0; i < names.length; i++) {
            String resident = admin.created(admin.post("/api/orgs/" + org + "/residents", """
                    {"memberNumber":"D-%d","details":{"name":"%s","kana":"じょうきゃく","phones":["0242-22-000%d"],
                     "address":"湊町 %d"}}""".formatted(i, names[i], i, i)), "residentId");
            bookings.add(admin.created(admin.post("/api/orgs/" + org + "/bookings", """
                    {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"home":true}}"""
                    .formatted(runId, resident)), "bookingId"));
        }
        return new TodaysRun(org, runId, login, bookings);
    }

    private String registerDriver(String org, String name, String login) {
        return admin.created(admin.post("/api/orgs/" + org + "/drivers", """
                {"name":"%s","licenceKind":"CLASS_2","licenceExpiry":"2099-01-01",
                 "qualification":"CLASS_2_LICENCE","userName":"%s"}""".formatted(name, login)), "driverId");
    }
}
