package org.counterpart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.counterpart.support.Browser;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

/** A Serbian border officer signs in in Cyrillic, sees the dashboard, and is kept out of ILECU. */
class FirstLineOfficerBrowserTest {

  static ConfigurableApplicationContext node;
  static ChromeDriver browser;
  static Properties cyrillic = new Properties();

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    var properties =
        TestInstances.common(
            TestDatabases.newDatabase("browser"), Files.createTempDirectory("browser"));
    properties.put("counterpart.role", "node");
    properties.put("counterpart.country", "RS");
    node = TestInstances.start(properties);
    try (var in =
        FirstLineOfficerBrowserTest.class.getResourceAsStream("/messages_sr_Cyrl.properties")) {
      cyrillic.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (node != null) {
      node.close();
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + TestInstances.webPort(node) + path;
  }

  private static void screenshot(String name) throws Exception {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void officerSignsInInCyrillicAndIsRefusedTheContactPointPage() throws Exception {
    browser.get(url("/login?lang=sr-Cyrl"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo(cyrillic.getProperty("login.title"));
    browser.findElement(By.id("username")).sendKeys("officer.rs");
    browser.findElement(By.id("password")).sendKeys(TestInstances.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.id("dashboard-title")));

    assertThat(browser.findElement(By.id("dashboard-title")).getText())
        .isEqualTo(cyrillic.getProperty("dashboard.title"));
    assertThat(browser.getPageSource()).contains(cyrillic.getProperty("role.FIRST_LINE_OFFICER"));
    screenshot("officer-dashboard-sr-Cyrl");

    browser.get(url("/contact-point"));
    assertThat(browser.findElement(By.id("error-title")).getText())
        .isEqualTo(cyrillic.getProperty("error.forbidden.title"));
    assertThat(browser.getPageSource()).doesNotContain(cyrillic.getProperty("contact-point.empty"));
    screenshot("officer-refused-contact-point-sr-Cyrl");
  }
}
