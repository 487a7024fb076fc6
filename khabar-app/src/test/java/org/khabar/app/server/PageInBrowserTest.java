package org.khabar.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.app.server.TestServer.encode;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless browser over the fixture archive: search as you type, a facet,
 * a report with its entities and statements, an entity, a phone-sized screen, the keyboard.
 * Screenshots go to target/screenshots/.
 */
class PageInBrowserTest {

  static TestServer server;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void startServer() throws Exception {
    server = TestServer.readOnly();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void startBrowser() throws Exception {
    browser = Browser.start(1280, 900);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void open(String hash) {
    browser.get(server.base.resolve("/" + hash).toString());
  }

  private void fontsLoaded() {
    browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " document.fonts.ready.then(() => done(true));");
  }

  private String resultCount() {
    return browser.findElement(By.id("result-count")).getText();
  }

  @Test
  void searchesAsYouTypeAndFiltersByAFacet() throws Exception {
    open("");
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    box.sendKeys("شام");
    wait.until(ExpectedConditions.urlContains("#/search?q="));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "15"));
    List<WebElement> marks = browser.findElements(By.cssSelector(".hit .snippet mark"));
    assertThat(marks).isNotEmpty();
    assertThat(marks.get(0).getText()).isEqualTo("شام");
    assertThat(browser.findElements(By.cssSelector(".timeline .bar"))).hasSize(12);
    assertThat(browser.findElement(By.cssSelector(".pager")).getText()).contains("2");
    fontsLoaded();
    assertThat((Boolean) browser.executeScript(
        "return document.fonts.check('16px \"Noto Nastaliq Urdu\"', 'شام');")).isTrue();
    assertThat(browser.executeScript(
        "return getComputedStyle(document.body).direction;")).isEqualTo("rtl");
    Browser.screenshot(browser, "1-search");

    WebElement rouhani = browser.findElement(By.cssSelector(
        "[data-facet='person'] button[data-value='حسن روحانی']"));
    rouhani.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "3"));
    assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(3);
    assertThat(browser.findElement(By.cssSelector(".chips")).getText()).contains("حسن روحانی");
    assertThat(browser.findElement(By.cssSelector(
        "[data-facet='person'] button[data-value='حسن روحانی']")).getAttribute("aria-pressed"))
        .isEqualTo("true");
    Browser.screenshot(browser, "2-search-filtered-by-person");

    browser.findElement(By.cssSelector(".hit[data-id='" + FixtureArchive.ASTANA + "'] a"))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-body")));
    assertThat(browser.findElement(By.cssSelector("article.report h1")).getText())
        .isEqualTo("شام پر امن مذاکرات آستانہ میں ہوں گے");
  }

  @Test
  void reportShowsEntitiesByTypeStatementsWithSpeakersTheDatelineAndRelatedStories()
      throws Exception {
    open("#/report/" + encode(FixtureArchive.TEHRAN));
    WebElement body = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.id("report-body")));
    assertThat(body.getText()).startsWith("تہران (جیو ڈیسک)");
    assertThat(body.findElements(By.cssSelector(".ent-PERSON"))).extracting(WebElement::getText)
        .contains("حسن روحانی", "ولادی میر پوتین", "روحانی");
    assertThat(body.findElements(By.cssSelector(".ent-LOCATION"))).hasSizeGreaterThan(4);
    assertThat(body.findElements(By.cssSelector(".ent-ORGANIZATION")))
        .extracting(WebElement::getText).containsExactly("اقوام متحدہ");
    assertThat(body.findElements(By.cssSelector(".ent-DESIGNATION"))).hasSize(2);
    List<WebElement> statements = body.findElements(By.cssSelector(".stmt"));
    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).getAttribute("data-speaker")).isEqualTo("حسن روحانی");
    assertThat(statements.get(0).getAttribute("data-kind")).isEqualTo("direct");
    assertThat(statements.get(1).getAttribute("data-speaker")).isEqualTo("ولادی میر پوتین");
    assertThat(statements.get(0).findElement(By.cssSelector(".speaker")).getText())
        .contains("حسن روحانی");
    assertThat(statements.get(0).findElements(By.cssSelector(".ent-LOCATION")))
        .extracting(WebElement::getText).containsExactly("شام");
    assertThat(body.findElement(By.cssSelector(".dateline")).getText())
        .isEqualTo("تہران (جیو ڈیسک)");
    assertThat(browser.findElement(By.cssSelector(".dateline-box")).getText())
        .contains("جیو ڈیسک");
    assertThat(browser.findElement(By.cssSelector(".clusters")).getText())
        .contains("Hassan Rouhani").contains("Vladimir Putin");

    WebElement putin = body.findElement(By.cssSelector(".ent-PERSON[data-latin='Vladimir"
        + " Putin']"));
    new Actions(browser).moveToElement(putin).perform();
    WebElement tip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
    assertThat(tip.getText()).contains("شخص").contains("ولادی میر پوتین")
        .contains("Vladimir Putin");
    fontsLoaded();
    Browser.screenshot(browser, "3-report-with-tooltip");
    Browser.fullPage(browser, "4-report-full", 1280);

    open("#/report/" + encode(FixtureArchive.ASTANA));
    String related = "article.report[data-id='" + FixtureArchive.ASTANA + "'] .related a";
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(related)));
    assertThat(browser.findElements(By.cssSelector(related)))
        .extracting(WebElement::getText).contains("آستانہ میں شام امن بات چیت جنوری میں");
  }

  @Test
  void reportWithoutNamesOrStatementsStillReads() throws Exception {
    open("#/report/plain-01");
    WebElement body = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.id("report-body")));
    assertThat(body.getText()).startsWith("شام کی صورتحال");
    assertThat(body.findElements(By.cssSelector(".ent, .stmt"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("article.report")).getText())
        .contains("ابھی شامل نہیں");
    open("#/report/no-such-report");
    WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".error")));
    assertThat(error.getText()).contains("no-such-report");
  }

  @Test
  void entityShowsItsNamesTimelineReportsAndStatements() throws Exception {
    open("#/report/" + encode(FixtureArchive.TEHRAN));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".clusters a")));
    browser.findElement(By.cssSelector(".clusters li[data-cluster='0'] a")).click();
    WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("article.entity h1")));
    assertThat(title.getText()).contains("حسن روحانی").contains("Hassan Rouhani");
    assertThat(browser.findElement(By.cssSelector(".spellings")).getText()).contains("روحانی");
    assertThat(browser.findElements(By.cssSelector(".entity-reports li"))).hasSize(3);
    assertThat(browser.findElements(By.cssSelector(".timeline .bar"))).hasSize(1);
    assertThat(browser.findElement(By.id("statements-by")).getText())
        .contains("شام میں امن کی بحالی سب کی ذمہ داری ہے");
    fontsLoaded();
    Browser.fullPage(browser, "5-entity", 1280);
  }

  @Test
  void worksOnAPhoneSizedScreen() throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    open("#/search?q=" + encode("شام"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "15"));
    fontsLoaded();
    assertThat((Boolean) browser.executeScript(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
        .as("no sideways scrolling").isTrue();
    Browser.screenshot(browser, "6-phone-search");
    open("#/report/" + encode(FixtureArchive.TEHRAN));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-body")));
    fontsLoaded();
    assertThat((Boolean) browser.executeScript(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
        .isTrue();
    Browser.screenshot(browser, "7-phone-report");
  }

  @Test
  void worksWithTheKeyboard() throws Exception {
    open("#/search?q=" + encode("شام"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "15"));
    browser.findElement(By.tagName("body")).sendKeys("/");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    WebElement box = browser.switchTo().activeElement();
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "لاہور", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "12"));
    WebElement facet = browser.findElement(By.cssSelector(
        "[data-facet='source'] button[data-value='ڈان']"));
    facet.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "6"));
    WebElement firstHit = browser.findElement(By.cssSelector(".hit a"));
    firstHit.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-body")));
    assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("h1");
  }

  @Test
  void noRequestLeavesTheServer() throws Exception {
    open("#/report/" + encode(FixtureArchive.TEHRAN));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-body")));
    fontsLoaded();
    @SuppressWarnings("unchecked")
    List<String> loaded = (List<String>) browser.executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name);");
    assertThat(loaded).isNotEmpty().allSatisfy(url ->
        assertThat(url).startsWith(server.base.toString()));
    assertThat(loaded).anySatisfy(url -> assertThat(url).endsWith(".woff2"));
  }
}
