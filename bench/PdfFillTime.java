import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;

/**
 * The CPU of filling forms and of a build with PDFs in a warm JVM, as the test suite and the
 * preview server meet them: fills every example response (the project's and the fixtures' under
 * src/test/resources/sites) ROUNDS times, then builds the project with its PDFs (nothing written)
 * BUILDS times, printing the process CPU of each round and a digest of the filled PDFs (the same
 * digest before and after a change: the same bytes).
 *
 * Usage, from the repository (the launcher's JVM flags):
 *   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/toolkit-press.jar bench/PdfFillTime.java [ROUNDS] [BUILDS]
 * Not a test: numbers depend on the machine. Record them in docs/performance-log.md (the newest
 * in docs/performance.md).
 */
public class PdfFillTime {

    public static void main(String[] args) throws Exception {
        // The engine's routine log lines, as the command line quietens them.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int builds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path root = Path.of("").toAbsolutePath();
        List<Path[]> fills = new ArrayList<>();
        try (Stream<Path> own = Files.list(root.resolve("content/data/responses"));
             Stream<Path> sites = Files.list(root.resolve("src/test/resources/sites"))) {
            own.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(r -> fills.add(new Path[] {root, r}));
            for (Path site : sites.sorted().toList()) {
                Path responses = site.resolve("content/data/responses");
                if (Files.isDirectory(responses)) {
                    try (Stream<Path> each = Files.list(responses)) {
                        each.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(r -> fills.add(new Path[] {site, r}));
                    }
                }
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            long start = os.getProcessCpuTime();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path[] fill : fills) {
                BuildSettings settings = Configure.settings(fill[0], null, false);
                Build.Filled filled = Build.fill(settings, fill[1]);
                if (filled.pdf() == null) {
                    throw new IllegalStateException("no PDF for " + fill[1]);
                }
                digest.update(filled.pdf());
            }
            System.out.printf("fills round %d: %d PDFs, %.2f s CPU, digest %s%n", round, fills.size(),
                    (os.getProcessCpuTime() - start) / 1e9, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        }
        for (int round = 1; round <= builds; round++) {
            long start = os.getProcessCpuTime();
            Build.run(Configure.settings(root, null, false).withPdf(true));
            System.out.printf("build round %d: %.2f s CPU%n", round, (os.getProcessCpuTime() - start) / 1e9);
        }
    }
}
