package org.courrier.routes;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless browser for the review screen's tests: Debian's Chromium driven through Debian's chromedriver
 * ({@code bash scripts/prerequisites.sh ensure test} installs both). Both are named by path, so Selenium Manager
 * never looks for, or downloads, a browser or a driver.
 */
final class Browser {

    static final String CHROMIUM = System.getenv().getOrDefault("COURRIER_CHROMIUM", "/usr/bin/chromium");
    static final String DRIVER = System.getenv().getOrDefault("COURRIER_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {}

    static ChromeDriver open() {
        File driver = new File(DRIVER);
        File chromium = new File(CHROMIUM);
        if (!driver.canExecute() || !chromium.canExecute()) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + DRIVER + "): run bash scripts/prerequisites.sh ensure test");
        }
        System.setProperty("SE_MANAGER_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,800",
                "--lang=en-GB",
                "--no-first-run",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return browser;
    }
}
