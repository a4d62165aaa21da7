import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.search.SearchIndex;

/**
 * Times writing the search index alone (SearchIndex.files) over a loaded project, in CPU time of
 * the writing thread (garbage collection excluded, so the machine's load hardly moves it) and of
 * the whole process (which counts the parts counted on other cores, and the collector and the
 * compiler too), and prints a digest of the files written, to check that a change keeps the
 * output byte-identical.
 *
 * Usage (the launcher's JVM flags, any project, e.g. one from bench/corpus.py):
 *   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/toolkit-press.jar \
 *        bench/SearchIndexTime.java PROJECT [ROUNDS]
 * Not a test: numbers depend on the machine. Record them in docs/performance-log.md (the newest
 * in docs/performance.md).
 */
public class SearchIndexTime {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Markdown markdown = Markdown.create();
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(Configure.settings(project, project.resolve("site"), false), markdown, diagnostics);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<OutputFile> files = List.of();
        for (int round = 1; round <= rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long all = process.getProcessCpuTime();
            long wall = System.nanoTime();
            files = SearchIndex.files(toolkit, markdown, List.of());
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            all = process.getProcessCpuTime() - all;
            wall = System.nanoTime() - wall;
            System.out.printf("%d pages, round %d: CPU %.3f s (%.3f ms a page), process CPU %.3f s, wall %.3f s, load %s%n",
                    toolkit.pages().size(), round, cpu / 1e9, cpu / 1e6 / toolkit.pages().size(), all / 1e9, wall / 1e9,
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(OutputFile::path));
        for (OutputFile file : sorted) {
            sha.update(file.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(file.bytes());
        }
        System.out.println(files.size() + " files, SHA-256 " + HexFormat.of().formatHex(sha.digest()));
    }
}
