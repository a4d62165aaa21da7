import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The libraries' floor: the least a build of a project's pages does with the libraries Toolkit
 * Press is held to (Jackson's YAML, flexmark, Freemarker) in a cold JVM, so that a build's time can
 * be read against what no code of ours could take away. Nothing of the product runs: no check, no
 * navigation, no components, no search index, no theme.
 *
 * Mode {@code parse}: every {@code .md} under {@code PROJECT/content} read, its front matter read
 * by Jackson's YAML, its body parsed by flexmark (tables, footnotes, definitions), and every
 * {@code .yml} read by Jackson; on two threads, as the build has two cores. Mode {@code page}
 * also renders each body with flexmark's own HTML renderer into a one-line Freemarker template
 * (title, a link home, the body) and writes it to {@code OUT/<path>/index.html}.
 *
 * Usage: bench/floor runs it (compiled into a jar, with a class-data archive of its own and the
 * launcher's JVM flags) beside {@code ./toolkit build --no-pdf} and Hugo. By hand:
 *   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/toolkit-press.jar \
 *        bench/LibraryFloor.java PROJECT OUT parse|page
 * (the source launcher compiles it first, about a second of CPU more). Not a test: record figures
 * in docs/performance-log.md (the newest in docs/performance.md).
 */
public class LibraryFloor {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).resolve("content");
        Path out = Path.of(args[1]);
        boolean pages = args.length < 3 || args[2].equals("page");

        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), DefinitionExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_33);
        StringTemplateLoader templates = new StringTemplateLoader();
        templates.putTemplate("page", "<!doctype html><html lang=\"en\"><head><title>${title}</title></head>"
                + "<body><nav><a href=\"/\">Home</a></nav><main>${body?no_esc}</main></body></html>");
        freemarker.setTemplateLoader(templates);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        Template template = freemarker.getTemplate("page");

        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml")) {
                work.add(pool.submit(() -> yaml.readTree(file.toFile())));
            } else if (name.endsWith(".md")) {
                work.add(pool.submit(() -> {
                    String text = Files.readString(file);
                    int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
                    JsonNode front = end > 0 ? yaml.readTree(text.substring(3, end)) : yaml.createObjectNode();
                    Document body = parser.parse(end > 0 ? text.substring(end + 4) : text);
                    if (pages) {
                        String relative = content.relativize(file).toString();
                        Path page = out.resolve(relative.substring(0, relative.length() - 3)).resolve("index.html");
                        Files.createDirectories(page.getParent());
                        try (Writer writer = Files.newBufferedWriter(page)) {
                            template.process(Map.of("title", front.path("title").asText(""), "body", renderer.render(body)), writer);
                        }
                    }
                    return null;
                }));
            }
        }
        for (Future<?> each : work) {
            each.get();
        }
        pool.shutdown();
    }
}
