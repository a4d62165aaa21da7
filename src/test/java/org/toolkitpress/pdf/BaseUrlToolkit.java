package org.toolkitpress.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.toolkitpress.testing.TestSites;

/**
 * The default content printed as a toolkit published online: a {@code base_url} set, and a section
 * of long tables and many headings added to the whole-toolkit guide. Built with its PDFs once per
 * test JVM and read by {@link PrintLinksTest} (every PDF's links) and {@link PrintLayoutTest} (the
 * guide's and the forms' layout), so each of its PDFs is built once and put through veraPDF once
 * ({@link VeraPdf} answers the same bytes from its cache). The long tables are a section of their
 * own, printed in the whole-toolkit guide (whose layout {@link PrintLayoutTest} measures) and in a
 * small guide of their own, {@value #GUIDE}: veraPDF checks the page there, about 3 s, instead of
 * in the whole-toolkit guide, about 22 s (docs/performance-log.md, "2 December: veraPDF's checks,
 * one by one").
 */
final class BaseUrlToolkit {

    static final String BASE = "https://toolkit.example.org/schools/";

    static final String SECTION = "long-tables";

    /** The guide that prints the long tables alone. */
    static final String GUIDE = SECTION + ".pdf";

    private BaseUrlToolkit() {
    }

    /** The shared build (published: a build that fails throws, with its diagnostics). */
    static TestSites.Built built() {
        return TestSites.builtVariant("base_url and long tables", BaseUrlToolkit::change);
    }

    private static void change(Path project) throws IOException {
        Path toolkit = project.resolve("content/toolkit.yml");
        String yml = Files.readString(toolkit);
        if (yml.contains("base_url:")) {
            throw new IllegalStateException("the default content sets no base_url of its own");
        }
        String wholeToolkit = "sections: [trauma-informed-schools, relational-approaches, making-connections, call-to-action, case-study]";
        String lastSection = "  - id: case-study\n    title: \"Case Study: Training and Collaboration in a Pupil Referral Unit\"\n";
        if (!yml.contains(wholeToolkit) || !yml.contains(lastSection) || !yml.contains("\neditions:\n")) {
            throw new IllegalStateException("content/toolkit.yml no longer lists the sections this variant extends");
        }
        yml = yml.replaceFirst("\ndate: ", "\nbase_url: " + BASE + "\ndate: ")
                .replace(lastSection, lastSection + "  - id: " + SECTION + "\n    title: Long tables\n")
                .replace(wholeToolkit, wholeToolkit.replace("case-study]", "case-study, " + SECTION + "]"))
                .replace("\neditions:\n", "\neditions:\n  - id: " + SECTION + "\n    sections: [" + SECTION + "]\n");
        Files.writeString(toolkit, yml);
        Path section = Files.createDirectories(project.resolve("content/pages").resolve(SECTION));
        Files.writeString(section.resolve("index.md"), longTables());
    }

    /**
     * A page that tries the page breaks: headings of three levels after paragraphs of varied
     * length, and two tables long enough to run over a page, with a header to repeat. Its
     * headings go down one level at a time ({@code check} accepts it), so the guide that prints
     * it must pass PDF/UA-1 and PDF/A like every other PDF.
     */
    private static String longTables() {
        StringBuilder page = new StringBuilder("---\ntitle: Long tables\n---\n\n");
        String sentence = "Staff notice how each pupil arrives and greet them by name before the day begins. ";
        for (int i = 1; i <= 40; i++) {
            page.append("#".repeat(2 + (i + 2) % 3)).append(" Heading ").append(i).append("\n\n")
                    .append(sentence.repeat(1 + i * 7 % 9)).append("\n\n");
            if (i % 13 == 5) {
                page.append("| Row | Stage | What staff do |\n|---|---|---|\n");
                for (int row = 1; row <= 30; row++) {
                    page.append(String.format(Locale.ROOT, "| Row%02d | stage%d | %s|\n", row, row % 5 + 1,
                            sentence.repeat(1 + row % 3)));
                }
                page.append('\n');
            }
        }
        return page.toString();
    }
}
