package org.toolkitpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import freemarker.template.Template;
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
        Files.createDirectories(temp.resolve("templates"));
        // Large enough that parsing it takes far longer than starting the threads.
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            big.append("<#if n == ").append(i).append(">line ${n} <#else>other</#if>\n");
        }
        Files.writeString(temp.resolve("templates/big.ftlh"), big);
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
}
