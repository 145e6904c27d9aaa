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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.app.OwnService;
import jp.yui.app.YuiHttp;

/**
 * The organization admin's pages in real Chromium: a service set up with its calendar, stops and fare tables through
 * the forms (a refusal shown next to its field, nothing stored) and read back over the JSON API; a vehicle and a
 * driver; a resident's consent and their erasure behind the typed member number (cancelling, or a wrong number,
 * erases nothing); a login created with its role; an API token made on {@code /account/tokens}, shown once, working
 * over the API, then revoked and refused with 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationPageTest {

    private static final String PASSWORD = "pages-admin-password-2";
    private static final String USER_PASSWORD = "admin-pages-user-password";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-admin", PASSWORD);
    }

    @LocalServerPort
    int port;

    private Browser browser;
    private YuiHttp admin;
    private String org;
    private String orgAdmin;

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

    /** Each test: its own organization and its admin, signed in. */
    @BeforeEach
    void signInAsANewOrganizationsAdmin() {
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD).viaToken();
        org = admin.newOrganization("adm", "湊まちづくり協議会");
        orgAdmin = admin.newUser(org, "ORG_ADMIN", USER_PASSWORD);
        browser.driver().manage().deleteAllCookies();
        browser.signIn(orgAdmin, USER_PASSWORD);
    }

    @Test
    void aServiceIsSetUpWithItsCalendarStopsAndFaresThroughThePages() {
        browser.go("/orgs/" + org + "/admin");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("管理");
        browser.assertAccessible("admin index");
        browser.screenshot("admin-index-ja");
        browser.find(By.cssSelector("a[href$='/admin/services']")).click();
        browser.until(d -> browser.path().endsWith("/admin/services"));

        String code = YuiHttp.unique("bus");
        type("code", code);
        type("name", "みなとバス");
        new Select(browser.find(By.id("kind"))).selectByValue("DEMAND_RESPONSIVE");
        browser.find(By.cssSelector("button.primary")).click();
        assertThat(browser.text(By.id("weekdays-error"))).as("no day it runs: the rule's words next to the weekdays")
                .startsWith("サービスの設定が足りません");
        assertThat(browser.find(By.id("code")).getAttribute("value")).as("the form keeps what was typed")
                .isEqualTo(code);
        assertThat(admin.get("/api/orgs/" + org + "/services/" + code).status()).as("nothing stored").isEqualTo(404);
        browser.assertAccessible("service refused");
        browser.screenshot("admin-service-refused-ja");

        check("weekdays", "MONDAY");
        check("weekdays", "WEDNESDAY");
        browser.find(By.cssSelector("input[name=runsOnHolidays]")).click();
        type("deadlineDays", "1");
        setValue("deadlineTime", "16:30");
        browser.find(By.cssSelector("button.primary")).click();
        browser.until(d -> browser.path().endsWith("/admin/services/" + code));
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("サービスを登録しました。");

        addStop("station", "湊駅", "みなとえき", "35.10", "139.80");
        addStop("clinic", "湊診療所", "みなとしんりょうじょ", "35.11", "139.81");
        addStop("clinic", "二重の診療所", "にじゅう", "35.12", "139.82");
        assertThat(browser.text(By.id("stopId-error"))).as("the same stop id again").startsWith("停留所は登録済みです");

        check("weekdays", "FRIDAY");
        browser.find(By.cssSelector("form[action$='/calendar'] button")).click();
        browser.until(d -> browser.path().endsWith("#calendar"));

        setValue("effectiveFrom", "2026-04-01");
        new Select(browser.find(By.id("kind"))).selectByValue("FLAT");
        type("flatYen", "300");
        browser.find(By.cssSelector("form[action$='/fares'] button")).click();
        browser.until(d -> browser.path().endsWith("#fares"));
        setValue("effectiveFrom", "2027-04-01");
        new Select(browser.find(By.id("kind"))).selectByValue("SECTION");
        type("section-station", "1");
        type("section-clinic", "2");
        type("yenBySectionsCrossed", "200 400");
        browser.find(By.cssSelector("form[action$='/fares'] button")).click();
        browser.until(d -> browser.driver().findElements(By.cssSelector("table.fares tbody tr")).size() == 2);
        assertThat(browser.text(By.cssSelector("table.fares tbody"))).contains("300円", "200 / 400", "湊駅：区間1");
        browser.assertAccessible("service page");
        browser.screenshot("admin-service-ja");

        Map<String, Object> service = admin.get("/api/orgs/" + org + "/services/" + code).json();
        assertThat(service.get("name")).isEqualTo("みなとバス");
        assertThat(service.get("kind")).isEqualTo("DEMAND_RESPONSIVE");
        assertThat(map(service.get("calendar"))).satisfies(c -> {
            assertThat(list(c.get("weekdays"))).containsExactlyInAnyOrder("MONDAY", "WEDNESDAY", "FRIDAY");
            assertThat(c.get("runsOnHolidays")).isEqualTo(true);
        });
        assertThat(map(service.get("deadline"))).containsEntry("daysBefore", 1).containsEntry("time", "16:30:00");
        assertThat(list(service.get("stops"))).extracting(s -> map(s).get("stopId"))
                .containsExactly("station", "clinic");
        List<Object> fares = list(service.get("fares"));
        assertThat(fares).hasSize(2);
        assertThat(map(map(fares.get(0)).get("table"))).containsEntry("kind", "FLAT")
                .containsEntry("flatYen", 300);
        assertThat(map(map(fares.get(1)).get("table"))).containsEntry("kind", "SECTION")
                .containsEntry("sectionOfStop", Map.of("station", 1, "clinic", 2))
                .containsEntry("yenBySectionsCrossed", List.of(200, 400));

        browser.find(By.cssSelector("a[hreflang=en]")).click();
        browser.until(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.text(By.id("fares"))).isEqualTo("Fare tables");
        browser.assertAccessible("service page (en)");
        browser.screenshot("admin-service-en");
        browser.find(By.cssSelector("a[hreflang=ja]")).click();
        browser.until(d -> "ja".equals(browser.find(By.tagName("html")).getAttribute("lang")));

        browser.go("/orgs/" + org + "/admin/services");
        assertThat(browser.text(By.cssSelector("table.services tbody"))).contains(code, "みなとバス");
        browser.go("/orgs/" + org + "/admin/services/no-such-service");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("見つかりません");
        assertThat(browser.text(By.cssSelector("header .org-name"))).as("the layout of a refusal")
                .isEqualTo("湊まちづくり協議会");
        browser.screenshot("admin-services-ja");
    }

    @Test
    void aVehicleAndADriverAreRegistered() {
        browser.go("/orgs/" + org + "/admin/fleet");
        type("registrationNumber", "品川 300 あ 12-34");
        type("seats", "8");
        type("wheelchairSpaces", "1");
        browser.find(By.cssSelector("form[action$='/vehicles'] button")).click();
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("車両を登録しました。");

        type("driverName", "運転 次郎");
        new Select(browser.find(By.id("licenceKind"))).selectByValue("CLASS_1");
        setValue("licenceExpiry", LocalDate.now().plusYears(2).toString());
        new Select(browser.find(By.id("qualification"))).selectByValue("CLASS_2_LICENCE");
        browser.find(By.cssSelector("form[action$='/drivers'] button")).click();
        assertThat(browser.text(By.id("qualification-error"))).as("a class-2 qualification needs a class-2 licence")
                .startsWith("運転免許の情報が足りません");
        assertThat(admin.getList("/api/orgs/" + org + "/drivers")).as("nothing stored").isEmpty();
        browser.assertAccessible("driver refused");
        browser.screenshot("admin-driver-refused-ja");

        new Select(browser.find(By.id("qualification"))).selectByValue("MINISTER_APPROVED_COURSE");
        browser.find(By.cssSelector("form[action$='/drivers'] button")).click();
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("運転者を登録しました。");
        assertThat(browser.text(By.cssSelector("table.drivers tbody"))).contains("運転 次郎", "大臣認定講習");
        browser.assertAccessible("fleet page");
        browser.screenshot("admin-fleet-ja");

        assertThat(admin.getList("/api/orgs/" + org + "/vehicles")).singleElement().satisfies(v -> {
            assertThat(v.get("registrationNumber")).isEqualTo("品川 300 あ 12-34");
            assertThat(v.get("seats")).isEqualTo(8);
            assertThat(v.get("wheelchairSpaces")).isEqualTo(1);
        });
        assertThat(admin.getList("/api/orgs/" + org + "/drivers")).singleElement().satisfies(d -> {
            assertThat(d.get("name")).isEqualTo("運転 次郎");
            assertThat(d.get("licenceKind")).isEqualTo("CLASS_1");
            assertThat(d.get("qualification")).isEqualTo("MINISTER_APPROVED_COURSE");
        });

        browser.find(By.cssSelector("details.erase-driver summary")).click();
        browser.find(By.cssSelector("details.erase-driver button.danger")).click();
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("運転者の氏名を削除しました。");
        assertThat(browser.text(By.cssSelector("table.drivers tbody"))).contains("（削除済み）").doesNotContain("運転 次郎");
        assertThat(admin.getList("/api/orgs/" + org + "/drivers")).singleElement()
                .satisfies(d -> assertThat(d.get("name")).as("no duty kept by law: the name is erased").isNull());
        browser.assertAccessible("driver erased");
    }

    @Test
    void aResidentsConsentIsRecordedAndErasureNeedsTheMemberNumberTyped() {
        String member = YuiHttp.unique("M");
        YuiHttp.Response registered = admin.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"%s","details":{"name":"湊 花子","kana":"みなと はなこ","phones":["0312345678"]},
                 "district":"湊"}""".formatted(member));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String residentId = admin.created(registered, "residentId");
        String api = "/api/orgs/" + org + "/residents/" + residentId;

        browser.go("/orgs/" + org + "/admin/residents");
        type("kana", "ミナト");
        browser.find(By.cssSelector("form[role=search] button")).click();
        assertThat(browser.text(By.cssSelector("table.residents tbody"))).contains(member, "湊 花子");
        browser.assertAccessible("residents search");
        browser.screenshot("admin-residents-ja");

        browser.find(By.linkText(member)).click();
        browser.until(d -> browser.path().endsWith(residentId));
        new Select(browser.find(By.id("kind"))).selectByValue("DATA_USE");
        setValue("date", "2026-11-30");
        browser.find(By.cssSelector("form[action$='/consents'] button")).click();
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("同意を記録しました。");
        assertThat(browser.text(By.cssSelector("table.consents tbody"))).contains("データの利活用", "同意する");
        assertThat(list(admin.get(api).json().get("consents"))).singleElement()
                .satisfies(c -> assertThat(map(c)).containsEntry("kind", "DATA_USE")
                        .containsEntry("given", true).containsEntry("date", "2026-11-30"));
        browser.assertAccessible("resident card");
        browser.screenshot("admin-resident-ja");

        browser.find(By.id("erase")).click();
        browser.until(d -> browser.path().endsWith("/erase"));
        browser.assertAccessible("erasure confirmation");
        browser.screenshot("admin-resident-erase-ja");
        browser.find(By.id("cancel-erase")).click();
        browser.until(d -> browser.path().endsWith(residentId));
        assertThat(browser.text(By.cssSelector(".resident-name"))).as("cancelled: nothing erased").isEqualTo("湊 花子");
        assertThat(admin.get(api).json().get("erased")).isEqualTo(false);

        browser.find(By.id("erase")).click();
        browser.until(d -> browser.path().endsWith("/erase"));
        type("memberNumber", member + "9");
        browser.find(By.id("confirm-erase")).click();
        assertThat(browser.text(By.id("memberNumber-error"))).isEqualTo("会員番号が一致しません。削除していません。");
        assertThat(admin.get(api).json().get("erased")).as("a wrong number erases nothing").isEqualTo(false);
        browser.assertAccessible("erasure refused");

        type("memberNumber", member);
        browser.find(By.id("confirm-erase")).click();
        browser.until(d -> browser.path().endsWith(residentId));
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("会員を削除しました。");
        assertThat(browser.text(By.cssSelector(".notice.erased"))).startsWith("この会員は削除されています");
        assertThat(browser.driver().getPageSource()).doesNotContain("湊 花子");
        assertThat(admin.get(api).json()).containsEntry("erased", true).containsEntry("details", null);
        browser.assertAccessible("erased resident");
        browser.screenshot("admin-resident-erased-ja");
    }

    @Test
    void aLoginIsCreatedAndATokenIsShownOnceThenRevoked() {
        browser.go("/orgs/" + org + "/admin/users");
        String operator = YuiHttp.unique("op");
        type("username", operator);
        type("password", "short");
        check("roles", "OPERATOR");
        browser.find(By.cssSelector("form[action$='/users'] button")).click();
        assertThat(browser.find(By.id("password-error")).isDisplayed()).isTrue();
        assertThat(admin.getList("/api/users")).extracting(u -> u.get("username")).doesNotContain(operator);
        browser.assertAccessible("login refused");

        type("password", "a-long-enough-password");
        browser.find(By.cssSelector("form[action$='/users'] button")).click();
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("ログインを作成しました。");
        assertThat(browser.text(By.cssSelector("tr[data-login='" + operator + "']"))).contains("オペレーター");
        assertThat(admin.getList("/api/users")).filteredOn(u -> operator.equals(u.get("username"))).singleElement()
                .satisfies(u -> {
                    assertThat(u.get("roles")).isEqualTo(List.of("OPERATOR"));
                    assertThat(u.get("organizationId")).isEqualTo(org);
                });
        browser.assertAccessible("users page");
        browser.screenshot("admin-users-ja");

        browser.find(By.cssSelector("header a.account-tokens")).click();
        browser.until(d -> browser.path().equals("/account/tokens"));
        type("name", "集計スクリプト");
        browser.find(By.cssSelector("form[action$='/account/tokens'] button")).click();
        String token = browser.find(By.id("new-token")).getAttribute("value");
        assertThat(token).startsWith("yui_");
        browser.assertAccessible("token made");
        browser.screenshot("admin-account-token-ja");
        YuiHttp script = admin.withToken(token);
        assertThat(script.get("/api/users/me/tokens").status()).isEqualTo(200);

        browser.go("/account/tokens");
        assertThat(browser.driver().getPageSource()).as("shown once").doesNotContain(token);
        assertThat(browser.text(By.cssSelector("table.tokens tbody"))).contains("集計スクリプト");
        browser.go("/orgs/" + org + "/admin/tokens");
        assertThat(browser.text(By.tagName("main"))).contains(orgAdmin, "集計スクリプト");
        browser.assertAccessible("organization tokens");
        browser.screenshot("admin-tokens-ja");

        browser.go("/account/tokens");
        browser.find(By.cssSelector("table.tokens button.danger")).click();
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("トークンを無効にしました。");
        assertThat(browser.driver().findElements(By.cssSelector("table.tokens"))).isEmpty();
        assertThat(script.get("/api/users/me/tokens").status()).as("a revoked token").isEqualTo(401);
        browser.assertAccessible("account tokens");
        browser.screenshot("admin-account-tokens-ja");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json) {
        return (List<Object>) json;
    }

    private void addStop(String id, String name, String kana, String latitude, String longitude) {
        type("stopId", id);
        type("name", name);
        type("kana", kana);
        type("latitude", latitude);
        type("longitude", longitude);
        browser.find(By.cssSelector("form[action$='/stops'] button")).click();
        browser.until(d -> !d.findElements(By.id("stopId-error")).isEmpty()
                || d.findElements(By.cssSelector("table.stops td")).stream().anyMatch(td -> td.getText().equals(name)));
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date and time inputs take their value as the page's script would (typing them depends on the locale). */
    private void setValue(String id, String value) {
        browser.script("arguments[0].value = arguments[1]", browser.find(By.id(id)), value);
    }

    private void check(String name, String value) {
        WebElement box = browser.find(By.cssSelector("input[name=" + name + "][value=" + value + "]"));
        if (!box.isSelected()) {
            box.click();
        }
    }
}
