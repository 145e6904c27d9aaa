package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jp.yui.app.OwnService;
import jp.yui.app.YuiHttp;
import jp.yui.app.page.PageController;

/**
 * The sign-in page, the layout and who reaches which page, in real Chromium: Japanese first with an English switch,
 * the organization's name in the header, a failed sign-in told in the user's language, the keyboard alone enough,
 * and every page of an organization refused to a login of another one (the pages are found from the handler
 * mappings, so a page added later is walked too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAndAccessPageTest {

    private static final String PASSWORD = "pages-admin-password-1";
    private static final String USER_PASSWORD = "pages-user-password-1";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "pages-signin", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD).viaToken();
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void theSignInPageIsJapaneseFirstTellsAFailureAndSwitchesToEnglish() {
        browser.go("/");
        browser.until(d -> browser.path().startsWith("/login"));
        assertThat(browser.driver().getTitle()).startsWith("ログイン");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        browser.assertAccessible("sign-in (ja)");
        browser.screenshot("login-ja");

        browser.find(By.id("username")).sendKeys("nobody-" + YuiHttp.unique("x"));
        browser.find(By.id("password")).sendKeys("wrong-password-123", Keys.ENTER);
        assertThat(browser.text(By.cssSelector("[role=alert]"))).isEqualTo("ユーザー名またはパスワードが違います。");
        browser.assertAccessible("sign-in failed (ja)");
        browser.screenshot("login-error-ja");

        browser.find(By.cssSelector("a[hreflang=en]")).click();
        browser.until(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in");
        assertThat(browser.text(By.cssSelector("[role=alert]"))).as("the switch keeps the page's query string")
                .isEqualTo("The user name or the password is wrong.");
        browser.screenshot("login-en");
        browser.go("/login");
        assertThat(browser.text(By.tagName("h1"))).as("the choice is remembered").isEqualTo("Sign in");
        browser.find(By.cssSelector("a[hreflang=ja]")).click();
        browser.until(d -> "ja".equals(browser.find(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void anOperatorSignsInWithTheKeyboardAloneAndSeesTheOrganizationsName() {
        String org = admin.newOrganization("pg", "みんなと湊まちづくりネットワーク", "湊");
        String operator = admin.newUser(org, "OPERATOR", USER_PASSWORD);

        browser.go("/login");
        assertThat(browser.focused().getAttribute("id")).as("the user name has the focus").isEqualTo("username");
        browser.keys(operator, Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("password");
        browser.keys(USER_PASSWORD, Keys.ENTER);

        browser.until(d -> browser.path().equals("/orgs/" + org));
        assertThat(browser.text(By.cssSelector("header .org-name"))).isEqualTo("みんなと湊まちづくりネットワーク");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("みんなと湊まちづくりネットワーク");
        assertThat(browser.driver().findElements(By.cssSelector("ul.tiles a")))
                .extracting(e -> e.getAttribute("href")).anySatisfy(h -> assertThat(h).endsWith("/console"))
                .noneSatisfy(h -> assertThat(h).endsWith("/admin"));
        browser.assertAccessible("organization start page");
        browser.screenshot("organization-ja");
        browser.find(By.cssSelector("a[hreflang=en]")).click();
        browser.until(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        browser.screenshot("organization-en");
        browser.find(By.cssSelector("a[hreflang=ja]")).click();
        browser.until(d -> "ja".equals(browser.find(By.tagName("html")).getAttribute("lang")));

        browser.signOut();
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("ログアウトしました。");
    }

    @Test
    void everyPageOfAnOrganizationIsRefusedToALoginOfAnotherOne() {
        String org = admin.newOrganization("pg", "見られる団体");
        String other = YuiHttp.unique("pg");
        List<String> pages = organizationPages(org);
        assertThat(pages).as("the organization's pages, from the handler mappings").contains("/orgs/" + org);

        for (String role : List.of("ORG_ADMIN", "OPERATOR", "DRIVER", "VIEWER", "TILL_STAFF")) {
            browser.driver().manage().deleteAllCookies();
            browser.signIn(admin.newUser(other, role, USER_PASSWORD), USER_PASSWORD);
            for (String page : pages) {
                browser.go(page);
                assertThat(browser.text(By.tagName("h1"))).as("%s of another organization on %s", role, page)
                        .isEqualTo("このページは表示できません");
                assertThat(browser.driver().getPageSource()).doesNotContain("見られる団体");
            }
        }
        browser.assertAccessible("refused page");
        browser.screenshot("refused-ja");
    }

    /** Every GET page under {@code /orgs/{org}}, its other path variables filled with made-up ids. */
    private List<String> organizationPages(String org) {
        List<String> pages = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!AnnotatedElementUtils.hasAnnotation(e.getValue().getBeanType(), PageController.class)) {
                continue;
            }
            var methods = e.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.startsWith("/orgs/{org}") && !pattern.endsWith("/")) {
                    pages.add(pattern.replace("{org}", org).replaceAll("\\{runId}", "Run-" + org)
                            .replaceAll("\\{[^}]+}", "x-" + org));
                }
            }
        }
        return pages;
    }
}
