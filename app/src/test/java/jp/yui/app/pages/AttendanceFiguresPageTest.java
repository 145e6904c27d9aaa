package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/**
 * The 行事・講座 section of the figures page in real Chromium. A 健康講座 series scripted over the JSON API as the
 * office and the door tablet send it — phone registrations (a resident with a companion, a guest, one cancelled),
 * check-ins, an undone check-in, walk-ins (one a recognised resident) and each session's close — across a fiscal year
 * boundary: a session on 31 March 2031 (年度 2030), then 1 April, 15 April and 20 May 2031 (年度 2031). The page's
 * rows (series, months, sessions, age bands, districts), the charts' data and the CSV equal the numbers worked out by
 * hand below; the city page shows the organization beside another's city-wide festival, counted once under its
 * organizer, and a city total; axe-clean in both languages.
 */
@org.springframework.context.annotation.Import(JapanClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceFiguresPageTest {

    private static final String PASSWORD = "attendance-figures-admin-password-1";
    private static final String USER_PASSWORD = "attendance-figures-user-password-1";
    private static final LocalDate MARCH_31 = LocalDate.of(2031, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2031, 4, 1);
    private static final LocalDate APRIL_15 = LocalDate.of(2031, 4, 15);
    private static final LocalDate MAY_20 = LocalDate.of(2031, 5, 20);
    private static final LocalDate FESTIVAL = LocalDate.of(2031, 10, 12);
    private static final String GUEST_NAME = "図表 ゲスト";
    private static final String RESIDENT_NAME = "河東 一郎";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-attendance-figures", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    JapanClock clock;

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
    void aScriptedSeriesShowsInTheTablesTheChartsTheCsvAndTheCityPage() throws Exception {
        clock.set(LocalDate.of(2031, 3, 1).atTime(9, 0));
        String org = organization("行事図表テスト会");
        String other = organization("北地区フェス実行委員会");
        // Born May 1950: 80 on 1 April 2031 (75〜84). Born June 1960: 70 (65〜74). Born January 1956: 75 (75〜84).
        String r1 = resident(org, "K-1", RESIDENT_NAME, "1950-05-01", "河東");
        String r2 = resident(org, "K-2", "広田 花子", "1960-06-01", "広田");
        String r3 = resident(org, "K-3", "八田 次郎", "1956-01-01", "八田");
        String series = admin.created(admin.post(base(org) + "/series", """
                {"title":"健康講座","targetGroup":"65歳以上"}"""), "seriesId");
        String s0 = session(org, series, 1, MARCH_31);
        String s1 = session(org, series, 2, APRIL_1);
        String s2 = session(org, series, 3, APRIL_15);
        String s3 = session(org, series, 4, MAY_20);

        // A session is on the page as soon as it is scheduled, with zeros.
        String viewer = createUser(org, "VIEWER");
        browser.signIn(viewer, USER_PASSWORD);
        browser.until(d -> {
            browser.go("/orgs/" + org + "/figures?fiscalYear=2031");
            return d.findElements(By.cssSelector("#attendance-sessions tr[data-session]")).size() == 3;
        });
        assertThat(sessionRow(s3)).isEqualTo(Map.of("registered", "0", "attendances", "0", "walkIns", "0",
                "noShows", "0", "people", "0", "fee", "0"));

        // 31 March 2031 (年度 2030): r1 and r3 registered, r1 came, r3 did not; one walk-in.
        String r1s0 = register(org, s0, "{\"residentId\":\"%s\"}".formatted(r1), MARCH_31.minusDays(10));
        register(org, s0, "{\"residentId\":\"%s\"}".formatted(r3), MARCH_31.minusDays(9));
        checkIn(org, s0, "s0-check-r1", r1s0, MARCH_31);
        walkIn(org, s0, "s0-walk-1", "\"ageBand\":\"FROM_65_TO_74\",\"district\":\"河東\"", MARCH_31);
        closeSession(org, s0, MARCH_31);

        // 1 April 2031: r1 with a companion, r2, a guest; r3 registered and cancelled. r1 (and companion) and the
        // guest came; r2's check-in was a mistake, undone, so r2 is a no-show; two walk-ins.
        String r1s1 = register(org, s1, "{\"residentId\":\"%s\",\"companions\":1}".formatted(r1),
                APRIL_1.minusDays(12));
        String r2s1 = register(org, s1, "{\"residentId\":\"%s\"}".formatted(r2), APRIL_1.minusDays(11));
        String guest = register(org, s1, """
                {"guest":{"name":"%s","kana":"ずひょう げすと","phone":"0242-00-1234"},"ageBand":"FROM_40_TO_64",
                 "district":"八田"}""".formatted(GUEST_NAME), APRIL_1.minusDays(10));
        String r3s1 = register(org, s1, "{\"residentId\":\"%s\"}".formatted(r3), APRIL_1.minusDays(9));
        assertThat(admin.post(base(org) + "/sessions/" + s1 + "/registrations/" + r3s1 + "/cancel", """
                {"at":"%sT12:00:00"}""".formatted(APRIL_1.minusDays(3))).status()).isEqualTo(200);
        checkIn(org, s1, "s1-check-r1", r1s1, APRIL_1);
        checkIn(org, s1, "s1-check-r2", r2s1, APRIL_1);
        assertThat(admin.post(base(org) + "/sessions/" + s1 + "/check-ins/s1-check-r2/undo", """
                {"reason":"別の人を選んだ","at":"%sT09:50:00"}""".formatted(APRIL_1)).status()).isEqualTo(200);
        checkIn(org, s1, "s1-check-guest", guest, APRIL_1);
        walkIn(org, s1, "s1-walk-1", "\"ageBand\":\"UNDER_40\",\"district\":\"広田\"", APRIL_1);
        walkIn(org, s1, "s1-walk-2", "\"ageBand\":\"FROM_65_TO_74\",\"district\":\"河東\"", APRIL_1);
        closeSession(org, s1, APRIL_1);

        // 15 April: r1 and r2 came; r3 walked in and was recognised: the figures take r3's band and district from
        // the resident (75〜84, 八田), not what the door typed.
        String r1s2 = register(org, s2, "{\"residentId\":\"%s\"}".formatted(r1), APRIL_15.minusDays(5));
        String r2s2 = register(org, s2, "{\"residentId\":\"%s\"}".formatted(r2), APRIL_15.minusDays(5));
        checkIn(org, s2, "s2-check-r1", r1s2, APRIL_15);
        checkIn(org, s2, "s2-check-r2", r2s2, APRIL_15);
        walkIn(org, s2, "s2-walk-r3", "\"residentId\":\"%s\",\"ageBand\":\"FROM_65_TO_74\",\"district\":\"河東\""
                .formatted(r3), APRIL_15);
        closeSession(org, s2, APRIL_15);

        // 20 May: r1 alone, a third session of the series this year.
        String r1s3 = register(org, s3, "{\"residentId\":\"%s\"}".formatted(r1), MAY_20.minusDays(5));
        checkIn(org, s3, "s3-check-r1", r1s3, MAY_20);
        closeSession(org, s3, MAY_20);

        // Another organization's city-wide festival in which this one takes part: two walk-ins, free.
        String fes = admin.created(admin.post(base(other) + "/series", """
                {"title":"地域づくりフェス","participatingOrganizations":["%s"]}""".formatted(org)), "seriesId");
        String fesSession = admin.created(admin.post(base(other) + "/series/" + fes + "/sessions", """
                {"number":1,"venue":"市民広場","startsAt":"%sT10:00:00","endsAt":"%sT15:00:00","capacity":500,
                 "feeYen":0}""".formatted(FESTIVAL, FESTIVAL)), "eventSessionId");
        walkIn(other, fesSession, "fes-walk-1", "\"ageBand\":\"UNDER_40\",\"district\":\"北\"", FESTIVAL);
        walkIn(other, fesSession, "fes-walk-2", "\"ageBand\":\"FROM_40_TO_64\",\"district\":\"河東\"", FESTIVAL);
        closeSession(other, fesSession, FESTIVAL);

        clock.set(LocalDate.of(2031, 11, 1).atTime(10, 0));
        // Worked out by hand, 年度 2031 (s1, s2, s3; the festival is the other organization's):
        //   s1: registered r1+companion 2, r2 1, guest 1 = 4 (r3 cancelled); came r1+companion+guest = 3, walk-ins 2,
        //       no-show r2 (check-in undone) 1; 延べ 5, 実人数 5; fee 300 × 5 = 1,500.
        //   s2: registered 2, came 2, walk-in r3 1; 延べ 3, 実人数 3; fee 900.
        //   s3: registered 1, came 1; 延べ 1; fee 300.
        //   April (s1, s2): 延べ 8, 実人数 7 (r1 twice). May: 延べ 1, 実人数 1.
        //   Year: 延べ 9, 実人数 7 (r1, companion, guest, two walk-ins, r2, r3: not 7 + 1 of the months);
        //   r1 came to 3 sessions of the series: 1 repeat attendee; fee 2,700.
        browser.until(d -> {
            browser.go("/orgs/" + org + "/figures?fiscalYear=2031");
            List<WebElement> people = d.findElements(By.xpath(
                    "//table[@id='attendance-months']//tr[th='2031年5月']/td[@data-figure='people']"));
            List<WebElement> noShows = d.findElements(By.xpath(
                    "//table[@id='attendance-sessions']//tr[@data-session='" + s1 + "']/td[@data-figure='noShows']"));
            return !people.isEmpty() && people.get(0).getText().equals("1") && !noShows.isEmpty()
                    && noShows.get(0).getText().equals("1");
        });
        assertThat(browser.text(By.tagName("h1"))).startsWith("実績");
        assertThat(browser.text(By.id("attendance-h"))).isEqualTo("行事・講座の参加実績");
        assertThat(sessionRow(s1)).isEqualTo(Map.of("registered", "4", "attendances", "5", "walkIns", "2",
                "noShows", "1", "people", "5", "fee", "1,500"));
        assertThat(sessionRow(s2)).isEqualTo(Map.of("registered", "2", "attendances", "3", "walkIns", "1",
                "noShows", "0", "people", "3", "fee", "900"));
        assertThat(sessionRow(s3)).isEqualTo(Map.of("registered", "1", "attendances", "1", "walkIns", "0",
                "noShows", "0", "people", "1", "fee", "300"));
        assertThat(browser.driver().findElements(By.cssSelector("#attendance-sessions tr[data-session]")))
                .extracting(e -> e.getAttribute("data-session")).containsExactly(s1, s2, s3);
        assertThat(browser.text(By.xpath("//tr[@data-session='" + s1 + "']"))).contains("2031年4月1日（火）")
                .contains("健康講座 第2回").contains("河東公民館");
        assertThat(figures("//table[@id='attendance-months']//tr[th='2031年4月']")).isEqualTo(Map.of(
                "sessions", "2", "registered", "6", "attended", "5", "walkIns", "3", "noShows", "1",
                "attendances", "8", "people", "7", "fee", "2,400"));
        assertThat(figures("//table[@id='attendance-months']//tr[th='2031年5月']")).isEqualTo(Map.of(
                "sessions", "1", "registered", "1", "attended", "1", "walkIns", "0", "noShows", "0",
                "attendances", "1", "people", "1", "fee", "300"));
        assertThat(figures("//table[@id='attendance-months']//tr[th='2032年3月']")).containsEntry("attendances", "0");
        assertThat(browser.driver().findElements(By.cssSelector("#attendance-months tbody tr"))).hasSize(13);
        Map<String, String> year = Map.of("sessions", "3", "registered", "7", "attended", "6", "walkIns", "3",
                "noShows", "1", "attendances", "9", "people", "7", "fee", "2,700");
        assertThat(figures("//table[@id='attendance-months']//tr[contains(@class,'total')]")).isEqualTo(year);
        Map<String, String> yearWithRepeat = new HashMap<>(year);
        yearWithRepeat.put("repeat", "1");
        assertThat(figures("//table[@id='attendance-series']//tr[th='健康講座']")).isEqualTo(yearWithRepeat);
        assertThat(figures("//table[@id='attendance-series']//tr[contains(@class,'total')]")).isEqualTo(yearWithRepeat);
        // By age band: r1 3 times (75〜84), r3 once (75〜84); r2 and a walk-in 65〜74; guest 40〜64; a walk-in
        // under 40; the companion unknown. By district: 河東 r1 ×3 and a walk-in; 広田 r2 and a walk-in; 八田 the
        // guest and r3; the companion unknown.
        assertThat(breakdown("attendance-age")).isEqualTo(Map.of("40歳未満", "1/1", "40〜64歳", "1/1",
                "65〜74歳", "2/2", "75〜84歳", "4/2", "85歳以上", "0/0", "不明", "1/1"));
        assertThat(breakdown("attendance-districts")).isEqualTo(Map.of("河東", "4/2", "広田", "2/2", "八田", "2/2",
                "不明", "1/1"));
        assertThat(browser.driver().findElements(By.xpath("//table[@id='attendance-series']//tr[th='地域づくりフェス']")))
                .as("a city-wide event is counted under its organizer only").isEmpty();

        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "return [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))")));
        assertThat(browser.script("return Chart.getChart(document.getElementById('attendance-monthly-chart'))"
                + ".data.datasets.map(d => d.data[0] + ':' + d.data[1])")).isEqualTo(List.of("5:1", "3:0"));
        assertThat(browser.script("return Chart.getChart(document.getElementById('attendance-age-chart'))"
                + ".data.datasets.map(d => d.data.join(','))")).isEqualTo(List.of("1,1,2,4,0,1", "1,1,2,2,0,1"));
        assertThat(browser.find(By.id("attendance-monthly-chart")).getAttribute("aria-label"))
                .contains("参加者（申込） 6").contains("当日参加 3").contains("延べ人数 9");
        assertThat(browser.find(By.id("attendance-age-chart")).getAttribute("aria-label")).contains("75〜84歳 延べ4人・実2人");
        assertThat(browser.driver().getPageSource()).doesNotContain(GUEST_NAME).doesNotContain(RESIDENT_NAME)
                .doesNotContain(r1);
        assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 1366 px").isEqualTo(true);
        browser.assertAccessible("figures, events and classes (ja)");
        browser.script("document.getElementById('attendance').scrollIntoView()");
        browser.screenshot("figures-attendance-ja");

        // The fiscal year before: only 31 March 2031.
        browser.go("/orgs/" + org + "/figures?fiscalYear=2030");
        assertThat(browser.driver().findElements(By.cssSelector("#attendance-sessions tr[data-session]")))
                .extracting(e -> e.getAttribute("data-session")).containsExactly(s0);
        assertThat(figures("//table[@id='attendance-months']//tr[th='2031年3月']")).isEqualTo(Map.of(
                "sessions", "1", "registered", "2", "attended", "1", "walkIns", "1", "noShows", "1",
                "attendances", "2", "people", "2", "fee", "600"));
        assertThat(figures("//table[@id='attendance-series']//tr[contains(@class,'total')]"))
                .containsEntry("attendances", "2").containsEntry("repeat", "0");

        browser.go("/orgs/" + org + "/figures?fiscalYear=2031");
        browser.find(By.cssSelector("a[hreflang=en]")).click();
        browser.until(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Figures");
        assertThat(browser.text(By.id("attendance-h"))).isEqualTo("Events and classes: attendance");
        assertThat(figures("//table[@id='attendance-months']//tr[th='Apr 2031']")).containsEntry("people", "7");
        assertThat(browser.text(By.xpath("//tr[@data-session='" + s1 + "']"))).contains("Tue 1 Apr 2031")
                .contains("健康講座, session 2");
        assertThat(breakdown("attendance-age")).containsEntry("75 to 84", "4/2");
        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "return [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))")));
        browser.assertAccessible("figures, events and classes (en)");
        browser.script("document.getElementById('attendance').scrollIntoView()");
        browser.screenshot("figures-attendance-en");
        browser.find(By.cssSelector("a[hreflang=ja]")).click();
        browser.until(d -> "ja".equals(browser.find(By.tagName("html")).getAttribute("lang")));

        // The CSV: the same rows, for Japanese Excel; English headers for the English page.
        assertThat(browser.find(By.id("attendance-csv")).getAttribute("href")).endsWith("fiscalYear=2031");
        YuiHttp.Response csv = admin.as(viewer, USER_PASSWORD)
                .get("/orgs/" + org + "/figures/attendance.csv?fiscalYear=2031");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.body()).startsWith("\uFEFF団体,内訳,行事・区分,期間,回数,申込者数,参加者数（申込）,当日参加,"
                + "無断欠席,延べ人数,実人数,3回以上参加,参加費収入（円）\r\n");
        String[] lines = csv.body().split("\r\n", -1);
        // Header, one series, 12 months, 3 sessions, the total, 6 age bands, 4 districts, and the last line end.
        assertThat(lines).hasSize(1 + 1 + 12 + 3 + 1 + 6 + 4 + 1);
        assertThat(lines).contains(
                "行事図表テスト会,行事,健康講座,2031年度,3,7,6,3,1,9,7,1,2700",
                "行事図表テスト会,月,,2031-04,2,6,5,3,1,8,7,,2400",
                "行事図表テスト会,月,,2031-05,1,1,1,0,0,1,1,,300",
                "行事図表テスト会,月,,2032-03,0,0,0,0,0,0,0,,0",
                "行事図表テスト会,回,健康講座 第2回,2031-04-01,1,4,3,2,1,5,5,,1500",
                "行事図表テスト会,回,健康講座 第3回,2031-04-15,1,2,2,1,0,3,3,,900",
                "行事図表テスト会,合計,全行事,2031年度,3,7,6,3,1,9,7,1,2700",
                "行事図表テスト会,年齢区分,75〜84歳,2031年度,,,,,,4,2,,",
                "行事図表テスト会,地区,河東,2031年度,,,,,,4,2,,");
        assertThat(csv.body()).doesNotContain(GUEST_NAME).doesNotContain(RESIDENT_NAME);
        YuiHttp.Response english = admin.as(viewer, USER_PASSWORD).get(
                "/orgs/" + org + "/figures/attendance.csv?fiscalYear=2031", Map.of("Accept-Language", "en"));
        assertThat(english.body()).startsWith("\uFEFFOrganization,Breakdown,Series or group,Period,Sessions,")
                .contains("\r\n行事図表テスト会,Total,All series,FY 2031,3,7,6,3,1,9,7,1,2700\r\n")
                .contains("\r\n行事図表テスト会,Age band,75 to 84,FY 2031,,,,,,4,2,,\r\n");
        YuiHttp.Response lastYear = admin.as(viewer, USER_PASSWORD)
                .get("/orgs/" + org + "/figures/attendance.csv?fiscalYear=2030");
        assertThat(lastYear.body()).contains("\r\n行事図表テスト会,月,,2031-03,1,2,1,1,1,2,2,,600\r\n");
        assertThat(admin.as(viewer, USER_PASSWORD).get("/orgs/" + org + "/figures/attendance.csv?fiscalYear=x")
                .status()).isEqualTo(400);

        // The city: each organization's series and total, the festival once under its organizer with this
        // organization named as taking part, and the city's total (延べ 9 + 2, 実人数 7 + 2).
        browser.signOut();
        String city = createUser(null, "CITY_STAFF");
        browser.signIn(city, USER_PASSWORD);
        browser.go("/city/figures?fiscalYear=2031");
        String festival = "//table[@id='city-attendance']//tr[th='北地区フェス実行委員会'][td='地域づくりフェス']";
        assertThat(figures(festival)).containsEntry("attendances", "2").containsEntry("walkIns", "2")
                .containsEntry("fee", "0");
        assertThat(browser.text(By.xpath(festival))).contains("行事図表テスト会");
        assertThat(figures("//table[@id='city-attendance']//tr[th='行事図表テスト会'][td='健康講座']"))
                .containsEntry("attendances", "9").containsEntry("people", "7").containsEntry("repeat", "1");
        assertThat(browser.driver().findElements(By.xpath(
                "//table[@id='city-attendance']//tr[th='行事図表テスト会'][td='地域づくりフェス']"))).isEmpty();
        assertThat(figures("//table[@id='city-attendance']//tr[th='市の合計']")).isEqualTo(Map.of(
                "sessions", "4", "registered", "7", "attendances", "11", "people", "9", "walkIns", "5",
                "noShows", "1", "repeat", "1", "fee", "2,700"));
        browser.assertAccessible("city figures with events");
        browser.script("document.getElementById('city-attendance').scrollIntoView()");
        browser.screenshot("figures-city-attendance-ja");
        assertThat(r2).isNotEqualTo(r3);
    }

    private static String base(String org) {
        return "/api/orgs/" + org + "/attendance";
    }

    private String session(String org, String series, int number, LocalDate day) {
        return admin.created(admin.post(base(org) + "/series/" + series + "/sessions", """
                {"number":%d,"venue":"河東公民館","startsAt":"%sT10:00:00","endsAt":"%sT11:30:00","capacity":20,
                 "feeYen":300,"offerHeldForHours":24}""".formatted(number, day, day)), "eventSessionId");
    }

    private String resident(String org, String number, String name, String born, String district) {
        return admin.created(admin.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"%s","details":{"name":"%s","kana":"じゅうみん","phones":["0242-11-1111"]},
                 "birthYearMonth":"%s","district":"%s"}""".formatted(number, name, born, district)), "residentId");
    }

    private String register(String org, String session, String who, LocalDate on) {
        String body = who.substring(0, who.lastIndexOf('}')) + ",\"at\":\"" + on.atTime(10, 0) + "\"}";
        YuiHttp.Response r = admin.post(base(org) + "/sessions/" + session + "/registrations", body);
        assertThat(r.json().get("status")).as(r.body()).isEqualTo("REGISTERED");
        return admin.created(r, "registrationId");
    }

    private void checkIn(String org, String session, String checkInId, String registrationId, LocalDate day) {
        YuiHttp.Response r = admin.post(base(org) + "/sessions/" + session + "/check-ins", """
                {"checkInId":"%s","registrationId":"%s","at":"%s"}""".formatted(checkInId, registrationId,
                day.atTime(9, 45)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private void walkIn(String org, String session, String checkInId, String fields, LocalDate day) {
        YuiHttp.Response r = admin.post(base(org) + "/sessions/" + session + "/walk-ins", """
                {"checkInId":"%s",%s,"at":"%s"}""".formatted(checkInId, fields, day.atTime(10, 5)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private void closeSession(String org, String session, LocalDate day) {
        LocalDateTime at = day.atTime(11, 30);
        YuiHttp.Response r = admin.post(base(org) + "/sessions/" + session + "/close", """
                {"at":"%s"}""".formatted(at));
        assertThat(r.status()).as(r.body()).isIn(200, 202);
    }

    private Map<String, String> sessionRow(String sessionId) {
        return figures("//table[@id='attendance-sessions']//tr[@data-session='" + sessionId + "']");
    }

    private Map<String, String> figures(String rowXpath) {
        Map<String, String> figures = new HashMap<>();
        for (WebElement cell : browser.find(By.xpath(rowXpath)).findElements(By.cssSelector("td[data-figure]"))) {
            figures.put(cell.getAttribute("data-figure"), cell.getText());
        }
        return figures;
    }

    /** An age band or district table as label → "延べ/実人数". */
    private Map<String, String> breakdown(String tableId) {
        Map<String, String> rows = new HashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            rows.put(row.findElement(By.tagName("th")).getText(),
                    row.findElement(By.cssSelector("td[data-figure=attendances]")).getText() + "/"
                    + row.findElement(By.cssSelector("td[data-figure=people]")).getText());
        }
        return rows;
    }

    private String organization(String name) {
        String org = YuiHttp.unique("af");
        YuiHttp.Response r = admin.put("/api/admin/organizations/" + org, "{\"name\":\"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return org;
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
