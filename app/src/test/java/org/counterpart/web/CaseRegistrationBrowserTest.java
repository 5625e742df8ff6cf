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

  private static void signIn(String username, String language) {
    Browser.signIn(browser, url(""), username, TestInstances.DEMO_PASSWORD, language);
  }

  /** Registers Jovana Đorđević (victim) and Goran Nikolić (suspect); returns the reference. */
  private static String registerThroughTheForm() throws Exception {
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
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("case-reference")))
        .getText();
  }

  @Test
  void officerRegistersACaseAndFindsTheVictimByACyrillicSpelling() throws Exception {
    signIn("officer.rs", "sr-Latn");
    String reference = registerThroughTheForm();
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
  void theTeamCorrectsTheCaseAddsANoteADocumentAndAMemberAndOthersMustBreakTheGlass()
      throws Exception {
    signIn("officer.rs", "en");
    String reference = registerThroughTheForm();
    var wait = new WebDriverWait(browser, Duration.ofSeconds(10));

    browser.findElement(By.id("correct-case")).click();
    type("detectedPlace", "Vranje");
    type("latitude", "north");
    browser.findElement(By.id("save-correction")).click();
    // Each form posts and the page is drawn again: wait for the new page, not the old one.
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("form-errors"), "This is not a number."));
    assertThat(browser.findElement(By.id("form-errors")).getText())
        .contains("This is not a number.", "This field is required.");
    assertThat(browser.findElement(By.id("detectedPlace")).getAttribute("value"))
        .isEqualTo("Vranje");
    type("latitude", "42.55");
    type("reason", "the place was Vranje, not Preševo");
    browser.findElement(By.id("save-correction")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("corrected")));
    assertThat(browser.findElement(By.id("corrected")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.tagName("table")).getText()).contains("Vranje");

    type("note-body", "She was recruited through a job advert on Facebook.");
    type("note-source", "interview with the victim");
    new Select(browser.findElement(By.id("note-source-code"))).selectByValue("B");
    new Select(browser.findElement(By.id("note-information-code"))).selectByValue("2");
    browser.findElement(By.id("add-note")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "B2"));
    assertThat(browser.findElement(By.id("notes")).getText())
        .contains("B2", "She was recruited through a job advert on Facebook.");

    Path pdf = Files.createTempFile("statement", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    browser.findElement(By.id("file")).sendKeys(pdf.toString());
    browser.findElement(By.id("attach")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("attachments"), pdf.getFileName().toString()));
    assertThat(browser.findElement(By.id("attachments")).getText())
        .contains(pdf.getFileName().toString());

    type("username", "nobody.rs");
    browser.findElement(By.id("add-member")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("work-error"), "No active official with this username"));
    assertThat(browser.findElement(By.id("work-error")).getText())
        .contains("No active official with this username");
    type("username", "team.rs");
    browser.findElement(By.id("add-member")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("team"), "team.rs"));
    assertThat(browser.findElement(By.id("team")).getText()).contains("team.rs");
    String pseudonym = browser.findElement(By.cssSelector("#persons a")).getText();

    signIn("ilecu.rs", "en");
    browser.get(url("/persons/" + pseudonym));
    assertThat(browser.findElements(By.id("identity"))).isEmpty();
    type("break-glass-reason", "urgent");
    browser.findElement(By.id("break-glass")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("break-glass-form"), "at least 10 characters"));
    assertThat(browser.findElement(By.id("break-glass-form")).getText())
        .contains("at least 10 characters");
    assertThat(browser.findElements(By.id("identity"))).isEmpty();
    type("break-glass-reason", "the victim is at the border crossing now and needs protection");
    browser.findElement(By.id("break-glass")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("identity")));
    assertThat(browser.findElement(By.id("break-glass-notice")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("identity")).getText()).containsAnyOf("Jovana", "Goran");
    screenshot("break-glass");
  }

  @Test
  void aFormWithAnImpossibleDateIsShownAgainWithTheProblemAndNothingSaved() throws Exception {
    signIn("officer.rs", "en");
    browser.get(url("/cases/new"));
    type("p0-given", "Mila");
    type("p0-surname", "Ilić");
    type("p0-phone", "not a phone");
    browser.findElement(By.id("register")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("form-errors"), "This is not a phone number."));
    assertThat(browser.findElement(By.id("form-errors")).getText())
        .contains("This is not a phone number.");
    assertThat(browser.findElement(By.id("p0-given")).getAttribute("value")).isEqualTo("Mila");
  }
}
