package org.counterpart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.counterpart.support.Browser;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An officer registers a case with a victim and a suspect in Latin script, then finds the victim by
 * a Cyrillic spelling of her name and opens the case.
 */
class CaseRegistrationBrowserTest {

  static ConfigurableApplicationContext node;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    var properties =
        TestInstances.common(
            TestDatabases.newDatabase("browser_cases"), Files.createTempDirectory("browser-cases"));
    properties.put("counterpart.role", "node");
    properties.put("counterpart.country", "RS");
    node = TestInstances.start(properties);
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

  private static void type(String id, String text) {
    browser.findElement(By.id(id)).clear();
    browser.findElement(By.id(id)).sendKeys(text);
  }

  private static void screenshot(String name) throws Exception {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void officerRegistersACaseAndFindsTheVictimByACyrillicSpelling() throws Exception {
    browser.get(url("/login?lang=sr-Latn"));
    type("username", "officer.rs");
    type("password", TestInstances.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();

    browser.get(url("/cases/new"));
    new Select(browser.findElement(By.id("kind"))).selectByValue("TRAFFICKING");
    type("detectedPlace", "Preševo");
    browser
        .findElement(By.cssSelector("input[name=exploitationTypes][value=ForcedLabour]"))
        .click();
    type("p0-given", "Jovana");
    type("p0-surname", "Đorđević");
    browser.findElement(By.id("p0-birth")).sendKeys("03052004");
    type("p0-phone", "064/555-1234");
    type("p1-given", "Goran");
    type("p1-surname", "Nikolić");
    new Select(browser.findElement(By.id("p1-perpetratorRole")))
        .selectByValue("RecruiterOrIntermediary");
    screenshot("case-form-sr-Latn");
    browser.findElement(By.id("register")).click();

    String reference = browser.findElement(By.id("case-reference")).getText();
    assertThat(reference).matches("RS-\\d{4}-\\d{6}");
    assertThat(browser.findElement(By.id("persons")).getText())
        .contains("Jovana Đorđević", "Goran Nikolić");

    browser.get(url("/search"));
    type("name", "Јована Ђорђевић");
    browser.findElement(By.id("search")).click();
    screenshot("search-cyrillic");
    var link = browser.findElement(By.cssSelector("#hits a.case-link"));
    assertThat(link.getText().trim()).isEqualTo(reference);
    link.click();
    assertThat(browser.findElement(By.id("case-reference")).getText()).isEqualTo(reference);

    String detected = browser.findElement(By.id("case-status")).getText();
    new Select(browser.findElement(By.id("to"))).selectByValue("UNDER_IDENTIFICATION");
    var form = browser.findElement(By.id("move-form"));
    browser.findElement(By.id("move")).click();
    // The move posts and redirects: wait for the new page before reading it.
    var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.stalenessOf(form));
    wait.until(d -> !d.findElement(By.id("case-status")).getText().equals(detected));

    String pseudonym = browser.findElement(By.cssSelector("#persons a")).getText();
    browser.findElement(By.linkText(pseudonym)).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pseudonym")));
    assertThat(browser.findElement(By.id("pseudonym")).getText())
        .matches("[VSMW]-RS-\\d{4}-\\d{4}");
    assertThat(browser.findElement(By.id("identity")).getText()).containsAnyOf("Jovana", "Goran");
  }

  @Test
  void aFormWithAnImpossibleDateIsShownAgainWithTheProblemAndNothingSaved() throws Exception {
    browser.get(url("/login?lang=en"));
    type("username", "officer.rs");
    type("password", TestInstances.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    browser.get(url("/cases/new"));
    type("p0-given", "Mila");
    type("p0-surname", "Ilić");
    type("p0-phone", "not a phone");
    browser.findElement(By.id("register")).click();
    assertThat(browser.findElement(By.id("form-errors")).getText())
        .contains("This is not a phone number.");
    assertThat(browser.findElement(By.id("p0-given")).getAttribute("value")).isEqualTo("Mila");
  }
}
