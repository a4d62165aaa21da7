package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.toolkitpress.testing.DefaultSiteBrowserTest;

/**
 * An answers file is anyone's text (a JSON exported by anyone, or answers read back from a PDF
 * made by anyone): importing one into the audit form shows every imported string as text and
 * never runs it — in a field, in the list of answers that no longer fit, in the message.
 */
class AuditImportSafetyBrowserTest extends DefaultSiteBrowserTest {

    private static final String PAGE = "trauma-informed-schools/audit/";
    private static final String HOSTILE = "<img src=x onerror=\"window.__pwned = 'img'\">"
            + "<script>window.__pwned = 'script'</script><b onmouseover=\"window.__pwned = 'b'\">bold</b>";

    @Test
    void importedTextIsShownLiterallyAndNeverRuns() throws IOException, InterruptedException {
        browser.openFresh(PAGE);
        browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
        WebElement form = driver.findElement(By.cssSelector("form[data-audit]"));
        String audit = form.getAttribute("data-audit");
        // The first free-text answer of the form, whatever the form names it: <audit>.<item>.<part>.
        WebElement textarea = form.findElements(By.cssSelector("textarea[name]")).stream()
                .filter(t -> t.getAttribute("name").split("\\.").length == 3
                        && !t.getAttribute("name").split("\\.")[1].equals("closing"))
                .findFirst().orElseThrow();
        String[] name = textarea.getAttribute("name").split("\\.");

        ObjectMapper json = new ObjectMapper();
        ObjectNode file = json.createObjectNode();
        file.put("audit", audit);
        file.put("version", Integer.parseInt(form.getAttribute("data-version")));
        file.set("answers", json.valueToTree(Map.of(name[1], Map.of(name[2], HOSTILE),
                "no-such-item", Map.of("text", HOSTILE))));
        file.set("unfitted", json.valueToTree(List.of(Map.of("field", HOSTILE, "value", HOSTILE))));
        Path answers = browser.work().resolve("<img src=x onerror=window.__pwned=1>.json");
        Files.writeString(answers, file.toPrettyString());

        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(answers.toString());
        browser.waitFor("[data-import-message]:not([hidden])", Duration.ofSeconds(5));
        // Give an injected image time to fail to load and fire its handler, were there one.
        Thread.sleep(500);

        assertEquals(null, driver.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"));
        assertEquals(HOSTILE, textarea.getDomProperty("value"));
        WebElement unfitted = driver.findElement(By.cssSelector("[data-unfitted-list]"));
        assertTrue(unfitted.getText().contains(HOSTILE), unfitted.getText());
        assertEquals(0, unfitted.findElements(By.cssSelector("img, script, b")).size());
        String message = driver.findElement(By.cssSelector("[data-import-message]")).getText();
        assertTrue(message.contains("<img src=x onerror=window.__pwned=1>.json"), message);
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('img[src=x], [onerror], [onmouseover]').length"));
    }
}
