package org.khabar.app.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through the system chromedriver (never one Selenium would
 * download). Without them the browser tests are skipped, loudly, unless the system property
 * {@code khabar.browser.required=true} is set, in which case they fail.
 */
final class Browser {

  static final Path CHROMIUM = Path.of(System.getProperty("khabar.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("khabar.chromedriver",
      "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static {
    // Selenium warns that it has no DevTools bindings for this Chromium; the tests need none.
    java.util.logging.Logger.getLogger("org.openqa.selenium.devtools")
        .setLevel(java.util.logging.Level.SEVERE);
  }

  private Browser() {}

  /** A new headless browser with a fresh profile, or the test is skipped or failed. */
  static ChromeDriver start(int width, int height) throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message = "BROWSER TESTS: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed"
          + " (apt-get install chromium chromium-driver; ./test installs them)";
      if (Boolean.getBoolean("khabar.browser.required")) {
        Assertions.fail(message + ", and khabar.browser.required=true");
      }
      System.err.println();
      System.err.println("!!!!!!!! " + message + " -- SKIPPED !!!!!!!!");
      System.err.println();
      Assumptions.abort(message);
    }
    Path profile = Files.createTempDirectory("khabar-chromium-profile");
    TempFolders.deleteAtExit(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height, "--lang=ur", "--force-device-scale-factor=1");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return driver;
  }

  /** Saves what the browser shows as target/screenshots/NAME.png for review. */
  static Path screenshot(ChromeDriver driver, String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** Saves the whole page, however long, by resizing the window to its height first. */
  static Path fullPage(ChromeDriver driver, String name, int width) throws Exception {
    Number height = (Number) driver.executeScript(
        "return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width,
        Math.min(4000, height.intValue() + 40)));
    return screenshot(driver, name);
  }
}
