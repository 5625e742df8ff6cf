package org.counterpart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.counterpart.analysis.risk.JointRecordCopy;
import org.counterpart.core.analysis.Period;
import org.counterpart.core.analysis.SyntheticRecords;
import org.counterpart.support.Browser;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub's analyst signs in, opens the risk analysis for 2024, sees the planted switch of origin
 * countries among the trends and the charts drawn, writes the context, and downloads the report.
 */
class AnalysisBrowserTest {

  static ConfigurableApplicationContext hub;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    Path dir = Files.createTempDirectory("analysis-browser");
    hub =
        TestInstances.hub(
            TestDatabases.newDatabase("abhub"),
            dir.resolve("hub"),
            TestInstances.pki(dir.resolve("pki")),
            TestInstances.freePort());
    JointRecordCopy.copy(
        hub.getBean(DataSource.class),
        new SyntheticRecords(
                Period.parse("2023Q1"), Period.parse("2024Q4"), 400, 0.1, Period.parse("2024Q3"))
            .stream(5));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  void analystOpensTheDashboardAndDownloadsTheReport() throws Exception {
    String base = "http://127.0.0.1:" + TestInstances.webPort(hub);
    Browser.signIn(browser, base, "analyst", TestInstances.DEMO_PASSWORD, "en");
    browser.get(base + "/");
    browser.findElement(By.cssSelector("a[href='/analysis']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("period-form")));
    WebElement from = browser.findElement(By.id("from"));
    from.clear();
    from.sendKeys("2024Q1");
    WebElement to = browser.findElement(By.id("to"));
    to.clear();
    to.sendKeys("2024Q4");
    WebElement main = browser.findElement(By.tagName("main"));
    browser.findElement(By.id("show")).click();
    wait.until(Browser.gone(main));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trends")));

    assertThat(browser.findElement(By.id("trends")).getText())
        .contains("2024Q3: the top countries of origin changed from AF, SY, PK");
    assertThat(browser.findElement(By.id("table-citizenship-quarterly")).getText())
        .contains("2024Q1", "AF");
    WebElement chart = browser.findElement(By.cssSelector("#table-citizenship-quarterly img"));
    wait.until(
        d ->
            ((Number) browser.executeScript("return arguments[0].naturalWidth", chart)).intValue()
                > 0);

    browser.findElement(By.id("body-context")).sendKeys("Pressure on the route rose in summer.");
    main = browser.findElement(By.tagName("main"));
    browser.findElement(By.cssSelector("#narrative-context button")).click();
    wait.until(Browser.gone(main));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("narrative-saved")));

    String href = browser.findElement(By.id("report-link")).getAttribute("href");
    assertThat(href).contains("/analysis/report.pdf?from=2024Q1&to=2024Q4&language=en");
    String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + cookie)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
          .contains("Statistical annex", "Pressure on the route rose in summer.");
    }

    String csvHref =
        browser
            .findElement(By.cssSelector("#table-citizenship-quarterly a.csv"))
            .getAttribute("href");
    var csv =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(csvHref))
                    .header("Cookie", "JSESSIONID=" + cookie)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(csv.body()).startsWith("citizenship,2024Q1,2024Q2,2024Q3,2024Q4");
  }
}
