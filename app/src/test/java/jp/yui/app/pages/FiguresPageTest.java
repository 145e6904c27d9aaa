package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.app.JapanClock;
import jp.yui.app.OwnService;
import jp.yui.app.YuiHttp;

/**
 * The figures pages in real Chromium: a month scripted over the JSON API as the console and the driver's phone send
 * it (bookings, boarded, no-show, dropped off, fares, a cancellation of each kind, a turn-down, an unmet need) shows
 * in the right month's row, in the charts and in the CSV download; the fiscal-year selector; the city's page with
 * two organizations side by side and no personal data; a viewer reads the figures, another organization's login is
 * refused. The server's Japan clock is set (fiscal year 2030, the ride in March 2031), so cancellations get each
 * kind and the default fiscal year is known.
 */
@org.springframework.context.annotation.Import(JapanClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresPageTest {

    private static final String PASSWORD = "figures-admin-password-1";
    private static final String USER_PASSWORD = "figures-user-password-1";
    /** The day of the scripted run: the last month of fiscal year 2030; bookings close the day before, 17:00. */
    private static final LocalDate RIDE_DAY = LocalDate.of(2031, 3, 12);
    private static final String RESIDENT_NAME = "図表 花子";
    private static final String RESIDENT_PHONE = "0242-55-0101";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-figures", PASSWORD);
    }


    @LocalServerPort
    int port;

    @Autowired
    JapanClock clock;

    private Browser browser;
    private YuiHttp admin;

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

    @BeforeEach
    void setUp() {
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        browser.driver().manage().deleteAllCookies();
        clock.set(RIDE_DAY.minusDays(3).atTime(10, 0));
    }

    @Test
    void aScriptedMonthShowsInItsRowInTheChartsAndInTheCsv() {
        String org = organization("図表テスト交通会");
        String viewer = createUser(org, "VIEWER");
        String bus = service(org, "bus", "みなとバス");
        String run = run(org, "bus", RIDE_DAY);
        String r1 = resident(org, 1, RESIDENT_NAME, RESIDENT_PHONE);
        String r2 = resident(org, 2, "図表 太郎", "0242-55-0102");
        String b1 = book(org, run, r1, 2, 1);   // two riders, one of them a companion
        String b2 = book(org, run, r2, 1, 0);
        String b3 = book(org, run, r1, 1, 0);   // no-show
        String c1 = book(org, run, r2, 1, 0);
        String c2 = book(org, run, r2, 1, 0);
        String c3 = book(org, run, r2, 1, 0);
        assertThat(admin.created(admin.post("/api/orgs/" + org + "/runs/" + run + "/turn-downs", """
                {"passengers":2,"wheelchair":false,"reason":"RUN_FULL"}"""), "requestId")).isNotNull();
        assertThat(admin.created(admin.post("/api/orgs/" + org + "/unmet-needs", """
                {"service":"bus","residentId":"%s","wantedDate":"%s","reason":"NO_SERVICE_THAT_DAY"}"""
                .formatted(r2, RIDE_DAY.plusDays(8))), "needId")).isNotNull();

        // A volunteer ride: no fare, its costs and thanks recorded.
        String volunteer = admin.scheduleRun(org, "vol", "VOLUNTEER", 4, 1, RIDE_DAY);
        String v1 = book(org, volunteer, r1, 1, 0);

        assertThat(cancel(org, c1)).isEqualTo("CANCELLED");
        clock.set(RIDE_DAY.minusDays(1).atTime(18, 0));
        assertThat(cancel(org, c2)).isEqualTo("LATE_CANCEL");
        clock.set(RIDE_DAY.atTime(7, 0));
        assertThat(cancel(org, c3)).isEqualTo("SAME_DAY_CANCEL");

        // The driver's phone, as the driver page sends it.
        startDuty(org, run, 1000);
        duty(org, run, "outcomes", outcome(b1, "board-b1", "BOARDED", "09:00"));
        duty(org, run, "outcomes", outcome(b2, "board-b2", "BOARDED", "09:05"));
        duty(org, run, "outcomes", outcome(b3, "absent-b3", "NO_SHOW", "09:10"));
        duty(org, run, "fares", fare(b1, "fare-b1-01", 600, "CASH"));
        duty(org, run, "fares", fare(b2, "fare-b2-01", 300, "TICKET"));
        duty(org, run, "outcomes", outcome(b1, "drop-b1-01", "DROPPED_OFF", "09:40"));
        duty(org, run, "outcomes", outcome(b2, "drop-b2-01", "DROPPED_OFF", "09:45"));
        duty(org, run, "end", """
                {"actionId":"end-000001","place":"車庫","at":"%sT12:00:00","odometerKm":1042}""".formatted(RIDE_DAY));
        startDuty(org, volunteer, 500);
        duty(org, volunteer, "outcomes", outcome(v1, "board-v1", "BOARDED", "10:00"));
        duty(org, volunteer, "costs", """
                {"actionId":"cost-v1-01","bookingId":"%s","fuelYen":800,"tollYen":300,"parkingYen":200,
                 "thanksYen":500,"at":"%sT10:30:00"}""".formatted(v1, RIDE_DAY));
        duty(org, volunteer, "outcomes", outcome(v1, "drop-v1-01", "DROPPED_OFF", "10:40"));
        duty(org, volunteer, "end", """
                {"actionId":"end-000001","place":"車庫","at":"%sT12:00:00","odometerKm":530}""".formatted(RIDE_DAY));

        // A viewer reads the figures; the projection follows the events: reload until the last one shows.
        browser.signIn(viewer, USER_PASSWORD);
        String march = "//table[@id='service-1-riders']//tr[th='2031年3月']";
        browser.until(d -> {
            browser.go("/orgs/" + org + "/figures");
            List<WebElement> km = d.findElements(By.xpath(
                    "//table[@id='service-2-money']//tr[th='2031年3月']/td[@data-figure='km']"));
            return !km.isEmpty() && km.get(0).getText().equals("30");
        });
        assertThat(browser.text(By.cssSelector("h1 .period"))).isEqualTo("2030年度（2030年4月〜2031年3月）");
        assertThat(browser.text(By.cssSelector("#service-1 h2"))).isEqualTo("みなとバス");
        assertThat(figures(march)).containsAllEntriesOf(Map.of("bookings", "3", "passengersBooked", "4",
                "boarded", "3", "noShows", "1", "cancelled", "1", "lateCancels", "1", "sameDayCancels", "1",
                "turnedDown", "1", "unmetNeeds", "1", "distinctRiders", "2"));
        assertThat(figures("//table[@id='service-1-money']//tr[th='2031年3月']")).containsAllEntriesOf(Map.of(
                "cash", "600", "ticket", "300", "fareTotal", "900", "km", "42", "runs", "1", "runsScheduled", "1"));
        assertThat(figures("//table[@id='service-1-riders']//tr[th='2031年2月']")).containsEntry("bookings", "0")
                .containsEntry("boarded", "0");
        assertThat(figures("//table[@id='service-1-riders']//tr[contains(@class,'total')]"))
                .containsEntry("boarded", "3").containsEntry("noShows", "1");
        assertThat(browser.driver().findElements(By.cssSelector("#service-1-riders tbody tr"))).hasSize(13);
        assertThat(browser.driver().findElements(By.id("service-1-costs"))).as("a bus has no costs").isEmpty();
        assertThat(browser.text(By.cssSelector("#service-2 h2"))).isEqualTo("vol");
        assertThat(figures("//table[@id='service-2-costs']//tr[th='2031年3月']")).containsAllEntriesOf(Map.of(
                "fuel", "800", "toll", "300", "parking", "200", "thanks", "500", "costsTotal", "1,800"));
        assertThat(figures("//table[@id='service-2-riders']//tr[th='2031年3月']")).containsEntry("boarded", "1");
        assertThat(new Select(browser.find(By.id("fiscalYear"))).getFirstSelectedOption().getText())
                .isEqualTo("2030年度");

        // The charts are drawn from the same numbers; each has a text alternative with the year's totals.
        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "return [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))")));
        assertThat(browser.script("return document.querySelectorAll('canvas[data-chart]').length")).isEqualTo(8L);
        assertThat(browser.script("return Chart.getChart(document.getElementById('service-1-booked'))"
                + ".data.datasets.map(d => d.data[11])")).isEqualTo(List.of(4L, 3L));
        assertThat(browser.script("return Chart.getChart(document.getElementById('service-1-cancels'))"
                + ".data.datasets.map(d => d.data[11])")).isEqualTo(List.of(1L, 1L, 1L));
        assertThat(browser.find(By.id("service-1-booked")).getAttribute("aria-label"))
                .contains("予約人数 4").contains("輸送人員 3");
        assertThat(browser.find(By.id("service-1-unmet")).getAttribute("aria-label"))
                .contains("お断り 1").contains("未充足需要 1");

        // Readable at 1366 px: no sideways scrolling; and no personal data anywhere.
        assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 1366 px").isEqualTo(true);
        assertThat(browser.driver().getPageSource()).doesNotContain(RESIDENT_NAME).doesNotContain("図表 太郎")
                .doesNotContain(RESIDENT_PHONE).doesNotContain(r1);
        browser.assertAccessible("figures (ja)");
        browser.screenshot("figures-ja");

        browser.find(By.cssSelector("a[hreflang=en]")).click();
        browser.until(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.text(By.cssSelector("h1 .period"))).isEqualTo("Fiscal year 2030 (Apr 2030 to Mar 2031)");
        assertThat(figures("//table[@id='service-1-riders']//tr[th='Mar 2031']")).containsEntry("boarded", "3");
        assertThat(browser.text(By.cssSelector("#service-1-riders thead"))).contains("Passengers carried");
        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "return [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))")));
        browser.assertAccessible("figures (en)");
        browser.screenshot("figures-en");
        browser.find(By.cssSelector("a[hreflang=ja]")).click();
        browser.until(d -> "ja".equals(browser.find(By.tagName("html")).getAttribute("lang")));

        // The fiscal-year selector: the year before has none of it.
        new Select(browser.find(By.id("fiscalYear"))).selectByValue("2029");
        browser.find(By.cssSelector("form.year-form button")).click();
        browser.until(d -> browser.path().contains("fiscalYear=2029"));
        assertThat(browser.text(By.cssSelector("h1 .period"))).startsWith("2029年度");
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("この年度の実績はまだありません。");
        assertThat(browser.driver().findElements(By.cssSelector("section.service-figures"))).isEmpty();
        assertThat(browser.find(By.cssSelector("a.csv")).getAttribute("href")).endsWith("fiscalYear=2029");
        assertThat(new Select(browser.find(By.id("fiscalYear"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2029");
        browser.assertAccessible("figures, a year without figures");
        new Select(browser.find(By.id("fiscalYear"))).selectByValue("2030");
        browser.find(By.cssSelector("form.year-form button")).click();
        browser.until(d -> browser.path().contains("fiscalYear=2030"));
        assertThat(figures(march)).containsEntry("boarded", "3");

        // The CSV, as the viewer downloads it: what Japanese Excel opens, with the same numbers.
        YuiHttp.Response csv = admin.as(viewer, USER_PASSWORD)
                .get("/orgs/" + org + "/figures/ridership.csv?fiscalYear=2030");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.body()).startsWith("\uFEFF団体,サービス,年月,予約件数,予約人数,輸送人員,不在,キャンセル,"
                + "直前キャンセル,当日キャンセル,お断り,未充足需要,車いす利用,実人数,運賃収入 現金,");
        String[] lines = csv.body().split("\r\n", -1);
        assertThat(lines).hasSize(1 + 2 * (12 + 1) + 1 + 1);
        assertThat(lines[lines.length - 1]).isEmpty();
        assertThat(csv.body().replace("\r\n", "")).doesNotContain("\n");
        assertThat(lines).contains(
                "図表テスト交通会,みなとバス,2031-03,3,4,3,1,1,1,1,1,1,0,2,600,300,0,0,900,0,0,0,0,0,42,1,1",
                "図表テスト交通会,みなとバス,2031-02,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
                "図表テスト交通会,みなとバス,合計,3,4,3,1,1,1,1,1,1,0,2,600,300,0,0,900,0,0,0,0,0,42,1,1",
                "図表テスト交通会,vol,2031-03,1,1,1,0,0,0,0,0,0,0,1,0,0,0,0,0,800,300,200,500,1800,30,1,1",
                "図表テスト交通会,全サービス,合計,4,5,4,1,1,1,1,1,1,0,2,600,300,0,0,900,800,300,200,500,1800,72,2,2");
        assertThat(csv.body()).doesNotContain(RESIDENT_NAME).doesNotContain(r1);
        assertThat(bus).isEqualTo("Service:" + org + ":bus");
    }

    @Test
    void cityStaffSeeTwoOrganizationsSideBySideAndNoPersonalData() {
        String a = organization("湊まちづくり協議会");
        String b = organization("大戸地域づくり協議会");
        service(a, "bus", "みなとバス");
        service(b, "oto", "大戸ふれあい便");
        String runA = run(a, "bus", RIDE_DAY);
        String runB = run(b, "oto", RIDE_DAY);
        String bookingA = book(a, runA, resident(a, 1, RESIDENT_NAME, RESIDENT_PHONE), 1, 0);
        String residentB = resident(b, 2, "大戸 一郎", "0242-55-0202");
        String bookingB = book(b, runB, residentB, 2, 1);
        book(b, runB, residentB, 1, 0);
        admin.startDutyAndBoard(a, runA, bookingA);
        admin.startDutyAndBoard(b, runB, bookingB);

        String city = createUser(null, "CITY_STAFF");
        browser.signIn(city, USER_PASSWORD);
        String rowA = "//table[@id='city-figures']//tr[contains(@class,'total')][th='湊まちづくり協議会']";
        String rowB = "//table[@id='city-figures']//tr[contains(@class,'total')][th='大戸地域づくり協議会']";
        browser.until(d -> {
            browser.go("/city/figures");
            List<WebElement> fares = d.findElements(By.xpath(rowB + "/td[@data-figure='fareTotal']"));
            List<WebElement> faresA = d.findElements(By.xpath(rowA + "/td[@data-figure='fareTotal']"));
            return !fares.isEmpty() && fares.get(0).getText().equals("300")
                    && !faresA.isEmpty() && faresA.get(0).getText().equals("300");
        });
        assertThat(browser.text(By.cssSelector("h1 .period"))).startsWith("2030年度");
        assertThat(figures(rowA)).containsAllEntriesOf(Map.of("bookings", "1", "boarded", "1", "fareTotal", "300"));
        assertThat(figures(rowB)).containsAllEntriesOf(Map.of("bookings", "2", "boarded", "2", "fareTotal", "300"));
        assertThat(browser.text(By.xpath("//table[@id='city-figures']//tr[th='大戸地域づくり協議会'][not(contains(@class,'total'))]")))
                .contains("大戸ふれあい便");
        assertThat(browser.driver().getPageSource()).doesNotContain(RESIDENT_NAME).doesNotContain("大戸 一郎")
                .doesNotContain(RESIDENT_PHONE).doesNotContain(residentB).doesNotContain("運転 一郎");
        assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 1366 px").isEqualTo(true);
        browser.assertAccessible("city figures (ja)");
        browser.screenshot("figures-city-ja");

        YuiHttp.Response csv = admin.as(city, USER_PASSWORD).get("/city/figures.csv?fiscalYear=2030");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF団体,サービス,年月,").contains("\r\n")
                .contains("湊まちづくり協議会,みなとバス,2030年度,1,1,1,")
                .contains("大戸地域づくり協議会,全サービス,2030年度,2,3,2,")
                .doesNotContain(RESIDENT_NAME).doesNotContain("大戸 一郎");

        // City staff may open an organization's own figures page too (figures only), but no other page of it.
        browser.go("/orgs/" + a + "/figures");
        assertThat(browser.text(By.cssSelector("#service-1 h2"))).isEqualTo("みなとバス");
        browser.go("/orgs/" + a + "/console");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("このページは表示できません");
    }

    @Test
    void anotherOrganizationsLoginIsRefusedTheFiguresAndTheCityPage() {
        String org = organization("見られる交通会");
        String other = YuiHttp.unique("fg");
        String outsider = createUser(other, "ORG_ADMIN");
        browser.signIn(outsider, USER_PASSWORD);
        for (String page : List.of("/orgs/" + org + "/figures", "/orgs/" + org + "/figures/ridership.csv",
                "/city/figures", "/city/figures.csv")) {
            browser.go(page);
            assertThat(browser.text(By.tagName("h1"))).as(page).isEqualTo("このページは表示できません");
            assertThat(browser.driver().getPageSource()).doesNotContain("見られる交通会");
            assertThat(admin.as(outsider, USER_PASSWORD).get(page).status()).as(page).isEqualTo(403);
        }
        browser.assertAccessible("figures refused");

        // A year that is not one: the rule next to the selector, a 400, nothing else.
        browser.driver().manage().deleteAllCookies();
        String viewer = createUser(org, "VIEWER");
        browser.signIn(viewer, USER_PASSWORD);
        browser.go("/orgs/" + org + "/figures?fiscalYear=20x0");
        assertThat(browser.text(By.id("fiscalYear-error"))).isEqualTo("年度は4桁の数字で選んでください（例：2025年度は 2025）。");
        assertThat(browser.find(By.id("fiscalYear")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible("figures, a year that is not one");
        YuiHttp asViewer = admin.as(viewer, USER_PASSWORD);
        assertThat(asViewer.get("/orgs/" + org + "/figures?fiscalYear=20x0").status()).isEqualTo(400);
        assertThat(asViewer.get("/orgs/" + org + "/figures/ridership.csv?fiscalYear=x").status()).isEqualTo(400);
        assertThat(admin.get("/city/figures?fiscalYear=1").status()).isEqualTo(400);
        assertThat(admin.get("/city/figures.csv?fiscalYear=1").status()).isEqualTo(400);
    }

    /** The figures of a table row by their {@code data-figure} names. */
    private Map<String, String> figures(String rowXpath) {
        Map<String, String> figures = new java.util.HashMap<>();
        for (WebElement cell : browser.find(By.xpath(rowXpath)).findElements(By.cssSelector("td[data-figure]"))) {
            figures.put(cell.getAttribute("data-figure"), cell.getText());
        }
        return figures;
    }

    private String organization(String name) {
        String org = YuiHttp.unique("fg");
        YuiHttp.Response r = admin.put("/api/admin/organizations/" + org, "{\"name\":\"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return org;
    }

    private String service(String org, String code, String name) {
        String id = admin.created(admin.post("/api/orgs/" + org + "/services", """
                {"code":"%s","name":"%s","kind":"DEMAND_RESPONSIVE","deadline":{"daysBefore":1,"time":"17:00"},
                 "calendar":{"weekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                 "runsOnHolidays":true}}""".formatted(code, name)), "serviceId");
        admin.created(admin.post("/api/orgs/" + org + "/services/" + code + "/fares", """
                {"effectiveFrom":"2020-01-01","kind":"FLAT","flatYen":300}"""), "serviceId");
        return id;
    }

    private String run(String org, String code, LocalDate date) {
        return admin.scheduleRun(org, code, "DEMAND_RESPONSIVE", 12, 1, date);
    }

    private String resident(String org, int i, String name, String phone) {
        return admin.created(admin.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"F-%d","details":{"name":"%s","kana":"ずひょう","phones":["%s"]}}"""
                .formatted(i, name, phone)), "residentId");
    }

    private String book(String org, String run, String resident, int passengers, int companions) {
        return admin.created(admin.post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"home":true},"passengers":%d,
                 "companions":%d}""".formatted(run, resident, passengers, companions)), "bookingId");
    }

    private String cancel(String org, String booking) {
        YuiHttp.Response r = admin.post("/api/orgs/" + org + "/bookings/" + booking + "/cancel",
                "{\"reason\":\"都合により\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return (String) r.json().get("kind");
    }

    private void duty(String org, String run, String step, String json) {
        YuiHttp.Response r = admin.post("/api/orgs/" + org + "/runs/" + run + "/duty/" + step, json);
        assertThat(r.status()).as(step + ": " + r.body()).isEqualTo(200);
    }

    private void startDuty(String org, String run, int odometerKm) {
        Object driver = admin.get("/api/orgs/" + org + "/runs/" + run).json().get("driverId");
        duty(org, run, "safety-check", """
                {"actionId":"check-0001","driverId":"%s","alcoholDetectorUsed":true,"alcoholDetected":false,
                 "ill":false,"fatigued":false,"checkedBy":"事務局","checkedAt":"%sT08:30:00"}"""
                .formatted(driver, RIDE_DAY));
        duty(org, run, "start", """
                {"actionId":"start-0001","driverId":"%s","place":"車庫","at":"%sT08:45:00","odometerKm":%d}"""
                .formatted(driver, RIDE_DAY, odometerKm));
    }

    private static String outcome(String booking, String action, String outcome, String time) {
        return """
                {"actionId":"%s","bookingId":"%s","outcome":"%s","at":"%sT%s:00"}"""
                .formatted(action, booking, outcome, RIDE_DAY, time);
    }

    private static String fare(String booking, String action, int yen, String method) {
        return """
                {"actionId":"%s","bookingId":"%s","yen":%d,"method":"%s","at":"%sT09:20:00"}"""
                .formatted(action, booking, yen, method, RIDE_DAY);
    }

    private String createUser(String org, String role) {
        String username = YuiHttp.unique(role.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        String organization = org == null ? "" : ",\"organizationId\":\"" + org + "\"";
        YuiHttp.Response r = admin.post("/api/users", """
                {"username":"%s","password":"%s","roles":["%s"]%s}"""
                .formatted(username, USER_PASSWORD, role, organization));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }
}
