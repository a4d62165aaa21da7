package org.toolkitpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.files.LayeredFiles;

/**
 * The website renders pages on several threads, and the first pages all ask for the same
 * templates at once: each template is parsed once and every thread gets that one copy
 * (Freemarker's own cache let each thread that missed parse its own).
 */
class TemplateParsedOnceTest {

    @TempDir
    Path temp;

    @Test
    void threadsAskingForATemplateAtOnceShareOneParse() throws Exception {
        writeBigTemplate();
        Theme theme = Theme.create(new LayeredFiles(List.of(new LayeredFiles.Root("project", temp))));

        int threads = 6;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Template>> asked = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return theme.configuration().getTemplate("big.ftlh");
                }));
            }
            Template first = asked.get(0).get();
            for (Future<Template> other : asked) {
                assertSame(first, other.get(), "a thread parsed its own copy of the template");
            }
        } finally {
            pool.shutdown();
        }
        // And the one copy renders as the template says.
        assertEquals("line 7 ", theme.render("big.ftlh", Map.of("n", 7)).lines().filter(l -> !l.equals("other"))
                .findFirst().orElse(""));
    }

    /**
     * Templates parsed ahead of their render (Theme#prepare, on a thread of the theme's): the
     * render gets the copy parsed ahead, and a template that does not parse, or is missing, is
     * reported by the render exactly as it is without the parse ahead (Freemarker would
     * otherwise answer with its cached failure, "an error on an earlier attempt").
     */
    @Test
    void templatesParsedAheadRenderAndFailAsIfParsedByTheirRender() throws Exception {
        writeBigTemplate();
        Files.writeString(temp.resolve("templates/broken.ftlh"), "<p>\n  <#if n == 1>one\n</p>\n");
        LayeredFiles files = new LayeredFiles(List.of(new LayeredFiles.Root("project", temp)));

        Theme fresh = Theme.create(files);
        Theme.ThemeException unprepared = org.junit.jupiter.api.Assertions.assertThrows(Theme.ThemeException.class,
                () -> fresh.render("broken.ftlh", Map.of("n", 1)));
        RuntimeException unpreparedMissing = org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class, () -> fresh.render("missing.ftlh", Map.of("n", 1)));

        for (int round = 0; round < 5; round++) {
            Theme theme = Theme.create(files);
            if (round % 2 == 0) {
                theme.prepare(List.of("broken.ftlh", "big.ftlh", "missing.ftlh")).get();
            } else {
                // Renders racing the parse ahead.
                theme.prepare(List.of("broken.ftlh", "big.ftlh", "missing.ftlh"));
            }
            Theme.ThemeException prepared = org.junit.jupiter.api.Assertions.assertThrows(Theme.ThemeException.class,
                    () -> theme.render("broken.ftlh", Map.of("n", 1)));
            assertEquals(unprepared.getMessage(), prepared.getMessage());
            assertEquals(unprepared.pos(), prepared.pos());
            org.junit.jupiter.api.Assertions.assertTrue(prepared.getMessage().startsWith("syntax error"), prepared.getMessage());
            RuntimeException missing = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> theme.render("missing.ftlh", Map.of("n", 1)));
            assertEquals(unpreparedMissing.getClass(), missing.getClass());
            assertEquals(unpreparedMissing.getMessage(), missing.getMessage());
            assertEquals(unpreparedMissing.getCause().getMessage(), missing.getCause().getMessage());
            assertEquals("line 7 ", theme.render("big.ftlh", Map.of("n", 7)).lines().filter(l -> !l.equals("other"))
                    .findFirst().orElse(""));
            assertSame(theme.configuration().getTemplate("big.ftlh"), theme.configuration().getTemplate("big.ftlh"));
        }
    }

    /**
     * templates/big.ftlh: large enough that parsing it takes far longer than starting threads;
     * rendered with {@code n}, its one line that is not "other" is "line n ".
     */
    private void writeBigTemplate() throws IOException {
        Files.createDirectories(temp.resolve("templates"));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            big.append("<#if n == ").append(i).append(">line ${n} <#else>other</#if>\n");
        }
        Files.writeString(temp.resolve("templates/big.ftlh"), big);
    }
}
