package org.counterpart.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium from Debian's packages, driven by Selenium, with a fresh profile. */
public final class Browser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** Starts Chromium; skips the test where it is not installed, except in CI where it must be. */
  public static ChromeDriver start() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI needs chromium and chromium-driver (see .ci/run)");
    }
    Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      var service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      var driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      // Find elements of the page a click leads to, not of the one it leaves.
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs in on a fresh session and waits until the login has gone through, so that the next
   * navigation carries the new session.
   */
  public static void signIn(
      ChromeDriver driver, String baseUrl, String username, String password, String language) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/login?lang=" + language);
    driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
    driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
    driver.findElement(org.openqa.selenium.By.id("sign-in")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !String.valueOf(d.getCurrentUrl()).contains("/login"));
  }

  /**
   * True once {@code element} has left the page (the next page replaced it). Chrome sometimes
   * reports a node of the old document as "not belonging to the document" instead of stale while it
   * navigates: that counts as gone too.
   */
  public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(
      org.openqa.selenium.WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }
}
