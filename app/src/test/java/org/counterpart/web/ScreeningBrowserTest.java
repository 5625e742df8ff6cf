package org.counterpart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseRegistry;
import org.counterpart.identity.UserRole;
import org.counterpart.support.Browser;
import org.counterpart.support.SampleCases;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A border officer screens a person in Albanian, sees the recommendation with its explanation and
 * refers to the second stage; a team member assigns the team, confirms, and a referral to a shelter
 * is accepted.
 */
class ScreeningBrowserTest {

  static ConfigurableApplicationContext node;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    var properties =
        TestInstances.common(
            TestDatabases.newDatabase("browser_screening"),
            Files.createTempDirectory("browser-screening"));
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

  private static void signIn(String username, String language) {
    Browser.signIn(browser, url(""), username, TestInstances.DEMO_PASSWORD, language);
  }

  private static void click(String id) {
    WebElement element = browser.findElement(By.id(id));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private static void clickAndWait(String id) {
    WebElement main = browser.findElement(By.tagName("main"));
    click(id);
    wait.until(ExpectedConditions.stalenessOf(main));
  }

  private static void screenshot(String name) throws Exception {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void anOfficerScreensInAlbanianTheTeamConfirmsAndAShelterAccepts() throws Exception {
    var officer = new Actor("officer.rs", Set.of(UserRole.FIRST_LINE_OFFICER));
    String reference =
        node.getBean(CaseRegistry.class)
            .register(
                SampleCases.oneVictim(
                    LocalDate.of(2026, 7, 9),
                    "Preševo",
                    "Masculine",
                    "AL",
                    "Besnik",
                    "Krasniqi",
                    LocalDate.of(1996, 4, 4)),
                officer);

    signIn("officer.rs", "sq");
    browser.get(url("/cases/" + reference));
    clickAndWait("screen");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sq");
    // The questions are asked in Albanian.
    assertThat(browser.findElement(By.id("interview")).getText()).contains("Sa vjeç");

    click("interpreterUsed");
    browser.findElement(By.id("interviewLanguage")).sendKeys("shqip");
    browser.findElement(By.id("age")).sendKeys("29");
    click("ageAssessed");
    new Select(browser.findElement(By.id("exploitation"))).selectByValue("labour");
    for (String indicator :
        List.of(
            "dr-nature-of-job",
            "dr-wages",
            "ex-excessive-hours",
            "ex-low-salary",
            "cd-documents",
            "cd-isolation")) {
      click("ind-" + indicator);
    }
    // Saved as a draft as the answers come: a reload keeps them.
    wait.until(
        d -> "saved".equals(d.findElement(By.id("autosave-state")).getAttribute("data-state")));
    browser.navigate().refresh();
    assertThat(browser.findElement(By.id("ind-cd-isolation")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("age")).getAttribute("value")).isEqualTo("29");
    screenshot("screening-sq");

    clickAndWait("decide");
    assertThat(browser.findElement(By.id("categories")).getText())
        .contains("Viktimë e mundshme e trafikimit");
    assertThat(browser.findElements(By.cssSelector("#explanation li")).size()).isGreaterThan(6);
    assertThat(browser.findElement(By.id("explanation")).getText()).contains("DR", "EX", "CD");
    screenshot("recommendation-sq");
    clickAndWait("refer");
    assertThat(browser.findElement(By.id("second-stage")).isDisplayed()).isTrue();

    signIn("team.rs", "sq");
    browser.get(url("/second-stage"));
    browser.findElement(By.cssSelector("#due a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("team-form")));
    browser.findElement(By.id("member0")).sendKeys("team.rs");
    new Select(browser.findElement(By.id("profession0"))).selectByValue("SOCIAL_WORKER");
    browser.findElement(By.id("member1")).sendKeys("prosecutor.rs");
    new Select(browser.findElement(By.id("profession1"))).selectByValue("LAWYER");
    browser.findElement(By.id("lead-input")).sendKeys("team.rs");
    clickAndWait("assign");
    assertThat(browser.findElement(By.id("lead")).getText()).isEqualTo("team.rs");

    new Select(browser.findElement(By.id("opinion"))).selectByValue("CONFIRM");
    browser.findElement(By.id("assess-reasons")).sendKeys("rrëfim i qëndrueshëm");
    clickAndWait("assess");
    assertThat(browser.findElement(By.id("assessments")).getText()).contains("team.rs");
    new Select(browser.findElement(By.id("outcome"))).selectByValue("CONFIRMED");
    browser.findElement(By.id("decision-reasons")).sendKeys("treguesit u konfirmuan");
    clickAndWait("team-decide");
    assertThat(browser.findElement(By.id("team-outcome")).getText())
        .contains("treguesit u konfirmuan");

    new Select(browser.findElement(By.id("facility"))).selectByValue("rs-shelter");
    clickAndWait("propose");
    clickAndWait("accept-0");
    assertThat(browser.findElement(By.id("referral-status-0")).getText())
        .isEqualTo(
            node.getBean(org.springframework.context.MessageSource.class)
                .getMessage(
                    "referral.status.ACCEPTED", null, java.util.Locale.forLanguageTag("sq")));
    screenshot("referral-sq");
  }
}
