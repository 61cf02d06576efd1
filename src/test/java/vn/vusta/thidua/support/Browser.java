package vn.vusta.thidua.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, offline (never a downloaded browser). One browser per test class. When a test
 * fails, every page still open is saved to {@code target/screenshots/failed-<test>-<n>.png} with its address printed, so
 * that a failure seen only in CI can be looked at.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {
    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || browser == null) return;
        int n = 0;
        for (var browserContext : browser.contexts()) {
            for (var page : browserContext.pages()) {
                String name = "failed-" + context.getRequiredTestMethod().getName() + "-" + (++n);
                try {
                    System.out.println("Browser test failed; open page " + n + ": " + page.url() + " saved as target/screenshots/" + name + ".png");
                    screenshot(page, name);
                } catch (RuntimeException e) {
                    System.out.println("Browser test failed; page " + n + " could not be saved: " + e.getMessage());
                }
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    /** A fresh page in its own context (own cookies), Vietnamese, desktop size. */
    public Page newPage() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1280, 900)).newPage();
    }

    /** A fresh page of the given size, in Vietnamese; {@code bypassCsp} only to inject test tools such as axe-core. */
    public Page newPage(int width, int height, boolean bypassCsp) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(width, height).setBypassCSP(bypassCsp)).newPage();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }

    /** Only what the viewport shows (for long pages on a phone). */
    public static void screenshotViewport(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    public static void logIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
