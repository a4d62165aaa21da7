package org.toolkitpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * A word in more entries than a shard should carry ({@link SearchIndex#LIST_BYTES}) has its list
 * in a file of its own, and the browser's search still finds every entry, loading that file: the
 * minimal fixture plus a page of {@value #SECTIONS} sections, each headed "Punctuality check n".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommonWordBrowserTest {

    private static final int SECTIONS = 1200;

    private Path temp;
    private BrowserSession browser;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws IOException {
        temp = Files.createTempDirectory("toolkit-press-common-word");
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        StringBuilder page = new StringBuilder("---\ntitle: The Register\norder: 30\n---\n");
        for (int i = 1; i <= SECTIONS; i++) {
            page.append("\n## Punctuality check ").append(i).append("\n\nCheck ").append(i).append(" of the register.\n");
        }
        Files.writeString(project.resolve("content/pages/guide/register.md"), page);
        browser = BrowserSession.start(project);
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (temp != null) {
            TestSites.deleteTree(temp);
        }
    }

    @Test
    void theWordsListIsInAFileOfItsOwnAndEveryEntryIsFound() throws IOException {
        Path search = browser.work().resolve("site/search");
        Matcher named = Pattern.compile("\"punctuality\":(\\d+)[,}]").matcher(shardsText(search));
        assertTrue(named.find(), "a shard names the file of punctuality's list");
        String apart = "l/" + named.group(1) + ".js";
        assertTrue(Files.isRegularFile(search.resolve(apart)), apart);

        driver.get(browser.url("guide/"));
        driver.findElement(By.id("site-search-q")).sendKeys("punctuality");
        browser.waitFor(".site-search-list li", Duration.ofSeconds(20));
        browser.waitUntil("document.querySelector('[data-search-status]').innerText.indexOf('results') >= 0", Duration.ofSeconds(20));
        assertEquals(SECTIONS + " results for “punctuality”", status());
        assertEquals("Punctuality check 1", driver.findElement(By.cssSelector(".site-search-list li a")).getText());
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; })");
        assertTrue(loaded.stream().anyMatch(n -> n.endsWith("/search/" + apart)), "the list was loaded: " + loaded);
    }

    private String status() {
        return driver.findElement(By.cssSelector("[data-search-status]")).getText();
    }

    private static String shardsText(Path search) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> shards = Files.list(search.resolve("t"))) {
            for (Path shard : shards.toList()) {
                all.append(Files.readString(shard));
            }
        }
        return all.toString();
    }
}
