package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.load.Load;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.theme.Theme;

/** A PDF's size reads the same on every page that gives it: the Downloads page and the accessibility statement. */
class FileSizeAgreesTest {

    /** 936,878 bytes is 914.9 KB: a size that reads "915 KB" when rounded and "914 KB" when cut short. */
    private static final long BYTES = 936_878;

    @Test
    void downloadsPageAndStatementGiveOneSize() {
        BuildSettings settings = Configure.settings(TestSites.fixture("editors"), null, false, TestSites.CLOCK);
        Markdown markdown = Markdown.create();
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(settings, markdown, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        List<Download> downloads = List.of(
                new Download("downloads/whole.pdf", "The whole toolkit", Edition.Kind.PAGES, 134, BYTES, List.of()));
        List<OutputFile> files = WebEdition.render(toolkit, markdown, Theme.create(settings.files()), settings, downloads);
        String expected = Math.round(BYTES / 1024.0) + " KB";
        assertEquals(expected, size(text(files, "downloads/index.html"), "downloads page"));
        assertEquals(expected, size(text(files, "accessibility/index.html"), "accessibility statement"));
    }

    private static String text(List<OutputFile> files, String path) {
        OutputFile file = files.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is rendered"));
        return Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8)).select("main").text();
    }

    private static String size(String text, String where) {
        Matcher m = Pattern.compile("(\\d+ KB)").matcher(text);
        if (!m.find()) {
            throw new AssertionError("the " + where + " gives the size: " + text);
        }
        return m.group(1);
    }
}
