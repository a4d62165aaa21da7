package org.toolkitpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.preview.Preview;
import org.toolkitpress.preview.PreviewOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toolkit serve}: a live preview on this machine that follows every saved change. */
@Command(name = "serve", aliases = "preview", description = {
        "Preview the site in a browser while you edit: rebuilds when you save and reloads the page.",
        "Errors show over the page; the last version that built stays visible. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    /** Ports tried in turn when none is given; then any free port. */
    static final int FIRST_PORT = 8000;
    static final int PORTS_TRIED = 10;

    @CommandLine.Mixin
    ProjectOptions options;

    @Option(names = "--port", description = "the port to serve on (default: the first free one from 8000)")
    Integer port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String host;

    @Option(names = ProjectOptions.BRAND, paramLabel = ProjectOptions.BRAND_LABEL,
            description = "preview a brand overlay: an id under brands/ or a path to a brand folder")
    String brand;

    @Option(names = "--pdf", description = "make the PDFs with every rebuild (slower); without it each PDF is made when its download link is opened")
    boolean pdf;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Preview preview = start(out);
        if (preview == null) {
            return Main.USAGE;
        }
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            out.println("note: listening on " + host + ": other computers on the network can see this preview");
        }
        out.println("serving " + preview.address() + " (press Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("stopped the preview");
            out.flush();
            stopped.countDown();
        }, "toolkit-preview-stop"));
        stopped.await();
        return 0;
    }

    private Preview start(PrintWriter out) throws IOException {
        Clock clock = Clock.systemUTC();
        // An unknown brand is a usage error before anything starts.
        Main.configure(spec, () -> Configure.settings(options.project, null, false, brand));
        if (port != null) {
            try {
                return Preview.start(new PreviewOptions(options.project, host, port, clock, brand, pdf), out);
            } catch (BindException e) {
                spec.commandLine().getErr().println("toolkit: port " + port + " is in use; choose another with --port, or leave it out");
                return null;
            }
        }
        for (int candidate = FIRST_PORT; candidate < FIRST_PORT + PORTS_TRIED; candidate++) {
            try {
                return Preview.start(new PreviewOptions(options.project, host, candidate, clock, brand, pdf), out);
            } catch (BindException e) {
                // Taken: try the next one.
            }
        }
        return Preview.start(new PreviewOptions(options.project, host, 0, clock, brand, pdf), out);
    }
}
