package jp.yui.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Real headless Chromium from Debian ({@code chromium} and {@code chromium-driver}, installed by {@code .ci/run}),
 * driven through Selenium with the binary and the driver named explicitly, so nothing is ever downloaded. Helpers
 * for what every page test does: sign in, wait on a condition, check accessibility with axe-core, save a
 * screenshot, cut and restore the network.
 */
public final class Browser implements AutoCloseable {

    /** {@code YUI_CHROMIUM} and {@code YUI_CHROMEDRIVER} override Debian's paths. */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("YUI_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("YUI_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Where every browser test saves its pages' screenshots (module-relative, as Maven runs tests). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A desktop-sized browser (the operator's console) speaking Japanese, against the service at {@code base}. */
    public static Browser desktop(String base) {
        return open(base, 1366, 900);
    }

    /** A tablet-sized browser in landscape (the till on the counter). */
    public static Browser tablet(String base) {
        return open(base, 1180, 820);
    }

    /** A phone-sized browser (the driver in the car). */
    public static Browser phone(String base) {
        return open(base, 412, 915);
    }

    private static Browser open(String base, int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=ja-JP", "--window-size=" + width + "," + height, "--disable-extensions",
                "--no-first-run", "--no-default-browser-check", "--disable-search-engine-choice-screen");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja-JP,ja"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new Browser(driver, base);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Signs in through the sign-in page, typing as a person would, and waits to leave it. */
    public void signIn(String username, String password) {
        go("/login");
        WebElement user = driver.findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.id("password"));
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
        until(d -> !path().startsWith("/login"));
    }

    public void signOut() {
        driver.findElement(By.cssSelector("form.logout button")).click();
        until(d -> path().startsWith("/login"));
    }

    public WebElement find(By by) {
        return until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    public String text(By by) {
        return find(by).getText();
    }

    /**
     * Waits until the condition holds (non-null, non-false), polling; fails after 30 s. An element missing, or gone
     * with the page it was on while the next one loads, only means "not yet".
     */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys on whatever has the focus, as a keyboard-only user does. */
    public void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now and fails on any serious or critical
     * violation, naming the rule and the elements.
     */
    public void assertAccessible(String pageName) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("axe-core serious or critical violations on %s:%n%s", pageName,
                serious.stream().map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n"))).isEmpty();
    }

    /** Saves the page as {@code target/screenshots/<name>.png}, the whole page height. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Number height = (Number) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            Dimension size = driver.manage().window().getSize();
            if (height != null && height.intValue() > size.getHeight()) {
                driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(height.intValue() + 140, 4000)));
            }
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            driver.manage().window().setSize(size);
            return Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        }
    }

    /**
     * Waits until the page's offline queue ({@code offline-queue.js}) has registered the service worker and kept the
     * pages for a reload without signal.
     */
    public void waitOfflineReady() {
        until(d -> "true".equals(script("return document.documentElement.dataset.offlineReady")));
    }

    /** Waits until the page's offline queue has nothing left to send (its status says {@code data-pending="0"}). */
    public void waitAllSent() {
        until(d -> "0".equals(find(By.cssSelector("[data-queue-status]")).getAttribute("data-pending")));
    }

    /** Cuts the network as the browser's offline mode does ({@code navigator.onLine} false, every request fails). */
    public void offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        driver.setNetworkConditions(conditions);
    }

    /** Brings the network back. */
    public void online() {
        driver.deleteNetworkConditions();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
