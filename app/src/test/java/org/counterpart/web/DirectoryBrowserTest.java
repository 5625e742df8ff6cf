package org.counterpart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.counterpart.directory.Directory;
import org.counterpart.support.Browser;
import org.counterpart.support.Eventually;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An officer in Montenegro, reading Montenegrin, finds in the regional directory an interpreter for
 * Pashto available tomorrow in Serbia or North Macedonia, and the contact point of the Serbian
 * ILECU, which Serbia wrote in Cyrillic and the officer reads in Latin.
 */
class DirectoryBrowserTest {

  static Path dir;
  static ConfigurableApplicationContext hub;
  static ConfigurableApplicationContext me;
  static ConfigurableApplicationContext rs;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    dir = Files.createTempDirectory("directory-browser");
    Path pki = TestInstances.pki(dir.resolve("pki"), "ME", "RS");
    int port = TestInstances.freePort();
    hub = TestInstances.hub(TestDatabases.newDatabase("bdhub"), dir.resolve("hub"), pki, port);
    Map<String, Object> fast = Map.of("counterpart.directory.sync-interval", "PT0.5S");
    me =
        TestInstances.node(
            "ME", TestDatabases.newDatabase("bdme"), dir.resolve("me"), pki, port, fast);
    rs =
        TestInstances.node(
            "RS", TestDatabases.newDatabase("bdrs"), dir.resolve("rs"), pki, port, fast);
    Eventually.within(
        Duration.ofSeconds(40),
        "Serbia's demo directory reaches Montenegro",
        () -> me.getBean(Directory.class).all().stream().anyMatch(e -> e.country().equals("RS")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    for (var context : new ConfigurableApplicationContext[] {me, rs, hub}) {
      if (context != null) {
        context.close();
      }
    }
  }

  private static String url(ConfigurableApplicationContext node, String path) {
    return "http://127.0.0.1:" + TestInstances.webPort(node) + path;
  }

  private static void search() {
    WebElement main = browser.findElement(By.tagName("main"));
    browser.findElement(By.id("search")).click();
    wait.until(Browser.gone(main));
  }

  private static List<WebElement> results() {
    return browser.findElements(By.cssSelector("#results tr.entry"));
  }

  @Test
  void anOfficerInMontenegroFindsAPashtoInterpreterAndTheSerbianContactPointInMontenegrin() {
    Browser.signIn(browser, url(me, ""), "officer.me", TestInstances.DEMO_PASSWORD, "cnr");
    browser.findElement(By.cssSelector("a[href='/directory']")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ko je ko u regionu");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cnr");

    // An interpreter for Pashto, available tomorrow, in Serbia or North Macedonia.
    new Select(browser.findElement(By.id("kind"))).selectByValue("INTERPRETER");
    Select language = new Select(browser.findElement(By.id("language")));
    assertThat(language.getOptions()).extracting(WebElement::getText).contains("paštunski");
    language.selectByVisibleText("paštunski");
    browser.findElement(By.id("country-RS")).click();
    browser.findElement(By.id("country-MK")).click();
    browser.executeScript(
        "document.getElementById('availableOn').value = arguments[0]",
        LocalDate.now().plusDays(1).toString());
    search();
    assertThat(results())
        .extracting(r -> r.getAttribute("data-country"))
        .as("North Macedonia's directory is not replicated in this test; Serbia's is")
        .containsOnly("RS");
    WebElement interpreter = results().getFirst();
    assertThat(interpreter.getText())
        .as("written in Cyrillic, read in Latin, languages named in Montenegrin")
        .contains("Ahmad Karimi", "Preševo", "paštunski", "Tumač ili prevodilac", "Srbija");

    // The Serbian ILECU.
    new Select(browser.findElement(By.id("kind"))).selectByValue("CONTACT_POINT");
    new Select(browser.findElement(By.id("language"))).selectByValue("");
    browser.executeScript("document.getElementById('availableOn').value = ''");
    browser.findElement(By.id("country-MK")).click();
    search();
    assertThat(results()).hasSize(1);
    WebElement main = browser.findElement(By.tagName("main"));
    results().getFirst().findElement(By.className("entry-link")).click();
    wait.until(Browser.gone(main));
    assertThat(browser.findElement(By.id("entry-name")).getText())
        .isEqualTo("Nacionalna kontakt tačka ILECU – Uprava kriminalističke policije");
    assertThat(browser.findElement(By.id("entry-hours")).getText()).isEqualTo("24/7");
    assertThat(browser.findElement(By.id("entry")).getText())
        .contains("+381113062500", "ilecu@mup.demo.rs");
    assertThat(browser.findElements(By.id("edit")))
        .as("Montenegro cannot edit Serbia's entry")
        .isEmpty();
  }
}
