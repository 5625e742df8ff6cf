package org.counterpart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseRegistry;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.cases.PersonRole;
import org.counterpart.hits.RegionalSearch;
import org.counterpart.identity.UserRole;
import org.counterpart.support.Browser;
import org.counterpart.support.Eventually;
import org.counterpart.support.SampleCases;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An officer in Serbia drafts a request, the Serbian contact point sends it, and the contact point
 * of Bosnia and Herzegovina receives it within seconds and replies. An officer in Bosnia and
 * Herzegovina asks the region about a person Serbia knows, gets a hit and follows it up.
 */
class ExchangeBrowserTest {

  static Path dir;
  static ConfigurableApplicationContext hub;
  static ConfigurableApplicationContext rs;
  static ConfigurableApplicationContext ba;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    dir = Files.createTempDirectory("exchange-browser");
    Path pki = TestInstances.pki(dir.resolve("pki"), "RS", "BA");
    int port = TestInstances.freePort();
    hub = TestInstances.hub(TestDatabases.newDatabase("bxhub"), dir.resolve("hub"), pki, port);
    Path secret = dir.resolve("hits-secret.bin");
    Files.writeString(secret, "a shared hit/no-hit secret for the browser test");
    Map<String, Object> hits =
        Map.of(
            "counterpart.hits.secret-file",
            secret.toString(),
            "counterpart.hits.publish-delay",
            "PT1H");
    rs =
        TestInstances.node(
            "RS", TestDatabases.newDatabase("bxrs"), dir.resolve("rs"), pki, port, hits);
    ba =
        TestInstances.node(
            "BA", TestDatabases.newDatabase("bxba"), dir.resolve("ba"), pki, port, hits);
    Eventually.within(
        Duration.ofSeconds(30),
        "both nodes registered",
        () ->
            hub.getBean(org.counterpart.federation.hub.FederatedNodes.class).certificates().size()
                == 2);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    for (var context : new ConfigurableApplicationContext[] {rs, ba, hub}) {
      if (context != null) {
        context.close();
      }
    }
  }

  private static String url(ConfigurableApplicationContext node, String path) {
    return "http://127.0.0.1:" + TestInstances.webPort(node) + path;
  }

  private static void signIn(ConfigurableApplicationContext node, String username) {
    Browser.signIn(browser, url(node, ""), username, TestInstances.DEMO_PASSWORD, "en");
  }

  private static void clickAndWait(String id) {
    WebElement main = browser.findElement(By.tagName("main"));
    browser.findElement(By.id(id)).click();
    wait.until(Browser.gone(main));
  }

  private static void fill(String to, String subject, String body) {
    if (!to.isEmpty()) {
      new Select(browser.findElement(By.id("recipient"))).selectByValue(to);
    }
    new Select(browser.findElement(By.id("handlingCode"))).selectByValue("H2");
    new Select(browser.findElement(By.id("sourceCode"))).selectByValue("B");
    new Select(browser.findElement(By.id("informationCode"))).selectByValue("2");
    browser.findElement(By.id("subject")).sendKeys(subject);
    browser.findElement(By.id("body")).sendKeys(body);
  }

  @Test
  void anOfficerDraftsTheContactPointSendsAndTheOtherCountryRepliesWithinSeconds()
      throws Exception {
    signIn(rs, "officer.rs");
    browser.get(url(rs, "/messages/new"));
    fill("BA", "Ref 42: vehicle BG-123-AB", "Is the vehicle BG-123-AB known to you?");
    clickAndWait("save-draft");
    assertThat(browser.findElement(By.id("drafted")).isDisplayed()).isTrue();
    String path =
        browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
    java.nio.file.Path file = java.nio.file.Files.createTempFile("registration", ".txt");
    java.nio.file.Files.writeString(file, "Registration: BG-123-AB, owner unknown.");
    browser.findElement(By.id("message-file")).sendKeys(file.toAbsolutePath().toString());
    clickAndWait("message-attach");
    assertThat(browser.findElement(By.id("attachment-list")).getText())
        .contains(file.getFileName().toString());

    signIn(rs, "ilecu.rs");
    browser.get(url(rs, "/contact-point"));
    assertThat(browser.findElement(By.id("outbox")).getText()).contains("Ref 42");
    browser.get(url(rs, path));
    clickAndWait("send");
    assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();

    signIn(ba, "ilecu.ba");
    long sent = System.nanoTime();
    Eventually.within(
        Duration.ofSeconds(20),
        "the request reaches the Bosnian contact point",
        () -> {
          browser.get(url(ba, "/contact-point"));
          return !browser.findElements(By.cssSelector("#inbox a")).isEmpty();
        });
    assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(20));
    browser.findElement(By.cssSelector("#inbox a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
    assertThat(browser.findElement(By.id("body")).getText())
        .isEqualTo("Is the vehicle BG-123-AB known to you?");
    assertThat(browser.findElement(By.id("counterpart")).getText()).isEqualTo("RS");
    assertThat(browser.findElement(By.id("attachment-list")).getText())
        .as("the file travelled sealed with the request")
        .contains(file.getFileName().toString());

    clickAndWait("reply");
    fill("", "Re: Ref 42", "Yes: registered to a company in Bijeljina.");
    clickAndWait("save-draft");
    clickAndWait("send");

    signIn(rs, "ilecu.rs");
    Eventually.within(
        Duration.ofSeconds(20),
        "the reply reaches Serbia",
        () -> {
          browser.get(url(rs, "/contact-point"));
          return browser.findElements(By.cssSelector("#inbox a")).stream()
              .anyMatch(a -> a.getText().contains("Re: Ref 42"));
        });
  }

  @Test
  void anOfficerAsksTheRegionGetsAHitAndOpensAPreFilledFollowUp() {
    rs.getBean(CaseRegistry.class)
        .register(
            SampleCases.withPersons(
                "RS",
                SampleCases.person(
                    PersonRole.SUSPECT,
                    "Masculine",
                    new PersonIdentity(
                        "Ђорђе",
                        "Петровић",
                        LocalDate.of(1988, 4, 12),
                        List.of(),
                        List.of(),
                        List.of()))),
            new Actor("officer.rs", Set.of(UserRole.FIRST_LINE_OFFICER)));
    assertThat(rs.getBean(RegionalSearch.class).publish().published()).isEqualTo(1);
    String ref =
        rs.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
            .queryForObject("select ref from hit_reference", String.class);

    signIn(ba, "officer.ba");
    browser.get(url(ba, "/hits"));
    browser.findElement(By.id("givenName")).sendKeys("Đorđe");
    browser.findElement(By.id("surname")).sendKeys("Petrović");
    browser.executeScript("document.getElementById('birthDate').value = '1988-04-12'");
    new Select(browser.findElement(By.id("sex"))).selectByValue("m");
    clickAndWait("ask");
    WebElement serbia = browser.findElement(By.cssSelector("#answers tr[data-country='RS']"));
    assertThat(serbia.getAttribute("class")).isEqualTo("hit");
    assertThat(serbia.findElement(By.className("ref")).getText()).isEqualTo(ref);

    WebElement main = browser.findElement(By.tagName("main"));
    serbia.findElement(By.className("follow-up")).click();
    wait.until(Browser.gone(main));
    assertThat(
            new Select(browser.findElement(By.id("recipient"))).getFirstSelectedOption().getText())
        .isEqualTo("RS");
    assertThat(
            new Select(browser.findElement(By.id("type")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("HIT_FOLLOW_UP");
    assertThat(browser.findElement(By.id("subject")).getAttribute("value")).contains(ref);
    assertThat(browser.findElement(By.id("body")).getAttribute("value")).contains(ref);
    new Select(browser.findElement(By.id("handlingCode"))).selectByValue("H2");
    clickAndWait("save-draft");
    assertThat(browser.findElement(By.id("drafted")).isDisplayed()).isTrue();

    // The hub's administrator sees counts, never content, and can link the region now.
    signIn(hub, "hubadmin");
    browser.get(url(hub, "/hub/hits"));
    assertThat(browser.findElement(By.id("sizes")).getText()).contains("RS");
    clickAndWait("run-linkage");
    assertThat(browser.findElement(By.id("latest-run")).isDisplayed()).isTrue();
  }
}
