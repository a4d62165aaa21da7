package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.theme.Theme;

/** The report page's hints read as sentences. */
class ReportPageWordingTest {

    @Test
    void theKeyFilesHintSaysWhichFile() {
        BuildSettings settings = Configure.settings(TestSites.projectRoot(), null, false, TestSites.CLOCK);
        Markdown markdown = Markdown.create();
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(settings, markdown, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        OutputFile report = WebEdition.render(toolkit, markdown, Theme.create(settings.files()), settings, List.of()).stream()
                .filter(f -> f.path().equals("report/index.html")).findFirst()
                .orElseThrow(() -> new AssertionError("the report page is published"));
        String hint = Jsoup.parse(new String(report.bytes(), StandardCharsets.UTF_8)).getElementById("report-key-hint").text();
        assertEquals("The file that toolkit report audits --anonymise --key FILE made. With it, each school has the same"
                + " code as in your other reports; without it, the codes last only while this page is open.", hint);
    }
}
