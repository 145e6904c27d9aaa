package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
 * One day of the transport service through the three pages, as the issue tells it: an operator finds a caller by
 * half-width kana on the phone console, books an outbound and a return and cancels the return; the driver, on a phone,
 * records the morning run — boarded, then with the network cut a no-show and a drop-off, sent when it returns and
 * stored exactly once; then the figures page shows that day's month: the bookings, the one carried, the no-show and the
 * cancellation of the kind the console showed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ADayOfTransportPageTest {

    private static final String PASSWORD = "day-admin-password-1";
    private static final String USER_PASSWORD = "day-user-password-1";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-day", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore events;

    private Relay relay;
    private Browser office;
    private Browser phone;
    private YuiHttp admin;

    @BeforeAll
    void open() throws IOException {
        relay = new Relay(port);
        office = Browser.desktop("http://localhost:" + port);
        phone = Browser.phone("http://localhost:" + relay.port());
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD).viaToken();
    }

    @AfterAll
    void close() {
        for (AutoCloseable c : new AutoCloseable[] {office, phone, relay}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing anyway
            }
        }
    }

    @Test
    void anOperatorBooksADriverRecordsOfflineAndTheFiguresShowIt() {
        LocalDate today = LocalDate.now(JAPAN);
        String org = admin.newOrganization("day", "みんなと湊まちづくりネットワーク", "湊");
        String api = "/api/orgs/" + org;
        // Bookings close at the end of the day itself, so today's runs can be booked by phone and driven.
        admin.created(admin.post(api + "/services", """
                {"code":"minato-bus","name":"みなとバス","kind":"DEMAND_RESPONSIVE","deadline":{"daysBefore":0,"time":"23:59"},
                 "calendar":{"weekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                 "runsOnHolidays":true}}"""), "serviceId");
        assertThat(admin.post(api + "/services/minato-bus/stops", """
                {"stopId":"hospital","name":"会津中央病院","kana":"あいづちゅうおうびょういん","latitude":37.49,"longitude":139.93}""")
                .status()).isEqualTo(201);
        assertThat(admin.post(api + "/services/minato-bus/fares", """
                {"effectiveFrom":"2020-01-01","kind":"FLAT","flatYen":300}""").status()).isBetween(200, 201);
        String van = admin.created(admin.post(api + "/vehicles", """
                {"registrationNumber":"会津 500 あ 12-34","seats":9,"wheelchairSpaces":1}"""), "vehicleId");
        String driverLogin = admin.newUser(org, "DRIVER", USER_PASSWORD);
        String operator = admin.newUser(org, "OPERATOR", USER_PASSWORD);
        String driver = admin.created(admin.post(api + "/drivers", """
                {"name":"運転 一郎","licenceKind":"CLASS_2","licenceExpiry":"2099-01-01",
                 "qualification":"CLASS_2_LICENCE","userName":"%s"}""".formatted(driverLogin)), "driverId");
        String morning = run(api, today, "09:30", van, driver);
        String afternoon = run(api, today, "14:00", van, driver);
        String hanako = admin.created(admin.post(api + "/residents", """
                {"memberNumber":"M-0001","details":{"name":"湊 花子","kana":"みなと はなこ","phones":["0242-27-1234"],
                 "address":"湊町共和 1-2"}}"""), "residentId");
        String jiro = admin.created(admin.post(api + "/residents", """
                {"memberNumber":"M-0002","details":{"name":"北 次郎","kana":"きた じろう","phones":["0242-27-9999"],
                 "address":"湊町赤井 3"}}"""), "residentId");
        String jiroRide = admin.created(admin.post(api + "/bookings", """
                {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"stopId":"hospital"}}"""
                .formatted(morning, jiro)), "bookingId");

        // The office: 湊 花子 phones; found by half-width kana, booked there and back, the return cancelled.
        office.signIn(operator, USER_PASSWORD);
        office.go("/orgs/" + org + "/console?date=" + today);
        office.find(By.id("q")).sendKeys("ﾐﾅﾄ", Keys.ENTER);
        WebElement match = office.find(By.id("result-0"));
        assertThat(match.getText()).contains("湊 花子");
        match.click();
        office.until(d -> office.path().contains("resident="));
        office.find(By.cssSelector("input[name=outRun][value='" + morning + "']")).click();
        office.find(By.cssSelector("input[name=returnRun][value='" + afternoon + "']")).click();
        office.find(By.id("book-submit")).click();
        assertThat(office.text(By.id("done"))).startsWith("行きと帰りを予約しました。");
        String outbound = onlyRideOf(api, morning, hanako);
        String back = onlyRideOf(api, afternoon, hanako);
        office.find(By.id("reason-" + back)).sendKeys("家族が迎えに来る");
        office.find(By.cssSelector("tr[data-booking='" + back + "'] form.cancel button")).click();
        // The page that answers the cancel (not the one before it) names the kind the run decided.
        office.until(d -> d.findElements(By.id("done")).stream()
                .anyMatch(e -> e.getText().equals("取り消しました。当日キャンセルとして記録しました。")));
        assertThat(office.text(By.cssSelector("tr[data-booking='" + back + "'] .status"))).contains("当日キャンセル");
        assertThat(booking(api, afternoon, back).get("cancellation")).as("cancelled on the day of the ride")
                .isEqualTo("SAME_DAY_CANCEL");
        office.assertAccessible("a day: console after the cancel");
        office.screenshot("day-console-ja");

        // The car: the driver's phone; the boarding goes at once, then the signal goes for two steps.
        phone.signIn(driverLogin, USER_PASSWORD);
        phone.go("/orgs/" + org + "/driver");
        phone.until(d -> d.findElements(By.cssSelector("a.driver-run-link")).size() == 2);
        phone.driver().findElements(By.cssSelector("a.driver-run-link")).stream()
                .filter(a -> a.getText().contains("09:30")).findFirst().orElseThrow().click();
        phone.until(d -> phone.path().equals("/orgs/" + org + "/driver/runs/" + morning));
        phone.waitOfflineReady();
        phone.find(By.id("check-by")).sendKeys("事務局 佐藤");
        phone.find(By.cssSelector("[data-form=safety-check] button")).click();
        phone.find(By.id("start-km")).sendKeys("1000");
        phone.find(By.cssSelector("[data-form=start] button")).click();
        phone.waitAllSent();
        rider(outbound).findElement(By.cssSelector("[data-outcome-button=BOARDED]")).click();
        phone.waitAllSent();
        assertThat(booking(api, morning, outbound).get("outcome")).isEqualTo("BOARDED");

        relay.cut();
        phone.offline();
        rider(jiroRide).findElement(By.cssSelector("[data-outcome-button=NO_SHOW]")).click();
        rider(outbound).findElement(By.cssSelector("[data-outcome-button=DROPPED_OFF]")).click();
        assertThat(phone.text(By.cssSelector("[data-queue-status]"))).startsWith("未送信 2件");
        phone.screenshot("day-driver-offline-ja");
        assertThat(booking(api, morning, jiroRide).get("outcome")).as("nothing got through while cut").isNull();

        relay.restore();
        phone.online();
        phone.waitAllSent();
        assertThat(outcomeEvents(morning)).as("each step stored once").isEqualTo(Map.of(
                outbound + " BOARDED", 1L, outbound + " DROPPED_OFF", 1L, jiroRide + " NO_SHOW", 1L));
        phone.assertAccessible("a day: driver's run after the signal came back");
        phone.screenshot("day-driver-sent-ja");

        // The figures: this month's row, once the projection has the drop-off.
        office.go("/orgs/" + org + "/figures");
        YearMonth month = YearMonth.from(today);
        String row = "//table[@id='service-1-riders']//tr[th='%d年%d月']".formatted(month.getYear(),
                month.getMonthValue());
        office.until(d -> {
            office.go("/orgs/" + org + "/figures");
            List<WebElement> noShows = d.findElements(By.xpath(row + "/td[@data-figure='noShows']"));
            return !noShows.isEmpty() && noShows.get(0).getText().equals("1");
        });
        // 予約件数 counts the bookings not cancelled: 次郎's and 花子's outbound.
        assertThat(figures(row)).containsAllEntriesOf(Map.of("bookings", "2", "boarded", "1", "noShows", "1",
                "cancelled", "0", "lateCancels", "0", "sameDayCancels", "1", "distinctRiders", "1"));
        office.assertAccessible("a day: figures");
        office.screenshot("day-figures-ja");
    }

    private String run(String api, LocalDate day, String departure, String vehicle, String driver) {
        return admin.created(admin.post(api + "/runs", """
                {"service":"minato-bus","serviceDate":"%s","departure":"%s","vehicleId":"%s","driverId":"%s"}"""
                .formatted(day, departure, vehicle, driver)), "runId");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> bookings(String api, String runId) {
        return (List<Map<String, Object>>) admin.get(api + "/runs/" + runId).json().get("bookings");
    }

    private Map<String, Object> booking(String api, String runId, String bookingId) {
        return bookings(api, runId).stream().filter(b -> bookingId.equals(b.get("bookingId"))).findFirst()
                .orElseThrow();
    }

    private String onlyRideOf(String api, String runId, String residentId) {
        List<Map<String, Object>> found = bookings(api, runId).stream()
                .filter(b -> residentId.equals(b.get("residentId"))).toList();
        assertThat(found).hasSize(1);
        return (String) found.get(0).get("bookingId");
    }

    private WebElement rider(String bookingId) {
        return phone.find(By.cssSelector("li.rider[data-booking='" + bookingId + "']"));
    }

    private Map<String, Long> outcomeEvents(String runId) {
        return events.readEvents(runId).asStream().filter(e -> e.getPayload() instanceof RideOutcomeRecorded)
                .map(e -> (RideOutcomeRecorded) e.getPayload())
                .collect(Collectors.groupingBy(e -> e.bookingId() + " " + e.outcome(), Collectors.counting()));
    }

    private Map<String, String> figures(String rowXpath) {
        Map<String, String> figures = new HashMap<>();
        for (WebElement cell : office.find(By.xpath(rowXpath)).findElements(By.cssSelector("td[data-figure]"))) {
            figures.put(cell.getAttribute("data-figure"), cell.getText());
        }
        return figures;
    }
}
