package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Wording;
import org.toolkitpress.report.AuditReport;
import org.toolkitpress.report.SchoolKey;
import org.toolkitpress.returns.Returns;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toolkit report audits FOLDER}: the local authority's report across the audits its
 * schools sent back, made on this computer. Exit 0 when at least one file was read, 1 when none
 * (or the project has errors), 2 for a mistyped command.
 */
@Command(name = "audits", description = "Report across returned audits (web-form exports and filled PDFs) in a folder, as HTML and CSV.")
final class AuditsReportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ProjectOptions options;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "the folder of returned audits (.json exports and filled .pdf forms)")
    Path folder;

    @Option(names = "--audit", paramLabel = "ID", description = "the audit to report on (default: the one most files answer)")
    String audit;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "where to write the report (default: report/ in the project)")
    Path out;

    @Option(names = "--show-small-groups", description = "show figures drawn from fewer than 5 schools (they could identify a school)")
    boolean showSmallGroups;

    @Option(names = "--anonymise", description = "name schools by codes instead of their names")
    boolean anonymise;

    @Option(names = "--key", paramLabel = "FILE", description = "with --anonymise: the key file the codes are made with (made when it does not exist; keep it private). Without it, the codes hold for this report only")
    Path key;

    @Option(names = "--point", paramLabel = "ID", description = "for an audit answered at assessment points: count the answers given at this point (default: each school's latest answers)")
    String point;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw Main.refuse(spec, "the folder of returns does not exist: " + folder, "give the folder that holds the returned files");
        }
        if (key != null && !anonymise) {
            throw Main.refuse(spec, "--key is for coded school names", "add --anonymise, or leave --key out");
        }
        SchoolKey.Read keyRead = key == null ? new SchoolKey.Read(SchoolKey.oneOff(), false, null) : SchoolKey.readOrMake(key);
        if (keyRead.problem() != null) {
            throw Main.refuse(spec, key + ": " + keyRead.problem(),
                    "give the key file an earlier report made, or the name of a file that does not exist yet to make a new key");
        }
        Path output = out != null ? out : options.project.resolve("report");
        BuildSettings settings = Main.configure(spec, () -> Configure.settings(options.project, output, true));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Build.ReturnsReport made = Build.auditReport(settings, folder, audit, new AuditReport.Options(showSmallGroups, anonymise, keyRead.key(), point));
        if (made.folder() == null) {
            return Main.report(made.result(), stdout, stderr);
        }
        if (audit != null && made.folder().audit() == null) {
            throw Main.refuse(spec, "the toolkit has no audit \"" + audit + "\"",
                    "use one of: " + String.join(", ", made.result().toolkit().audits().keySet()));
        }
        if (point != null && made.report() == null && made.folder().audit() != null) {
            Audit chosen = made.folder().audit();
            throw Main.refuse(spec, "the audit \"" + chosen.id() + "\" has no assessment point \"" + point + "\"",
                    chosen.hasAssessmentPoints()
                            ? "use one of: " + chosen.assessmentPoints().stream().map(Audit.AssessmentPoint::id).collect(Collectors.joining(", "))
                            : "it is answered once: leave --point out");
        }
        Wording wording = made.result().toolkit().wording();
        for (Returns.Skipped s : made.folder().skipped()) {
            stderr.println(wording.text("report.cli.skipped", Map.of("file", folder.resolve(s.file()), "reason", s.reason())));
        }
        int code = Main.report(made.result(), stdout, stderr);
        if (made.folder().read().isEmpty()) {
            stderr.println(wording.text("report.cli.none-read", Map.of("folder", folder)));
            return Main.CONTENT_ERRORS;
        }
        if (code != 0 || !made.published()) {
            return Main.CONTENT_ERRORS;
        }
        stdout.println(wording.text("report.cli.made", Map.of("audit", made.report().title(),
                "schools", wording.text("report.page.schools", Map.of("count", made.report().schools())),
                "files", wording.text("report.files-read", Map.of("count", made.folder().read().size())),
                "skipped", made.folder().skipped().size())));
        if (made.report().counting() != null) {
            String label = made.report().counting().label();
            stdout.println(point == null ? wording.text("report.cli.counted-at-latest", Map.of("point", label))
                    : wording.text("report.cli.counted-at", Map.of("point", label)));
        }
        stdout.println(wording.text("report.cli.written", Map.of("file", output.resolve("index.html"))));
        if (anonymise) {
            stdout.println(key == null ? wording.text("report.cli.coded-once")
                    : keyRead.made() ? wording.text("report.cli.coded-new", Map.of("file", key))
                    : wording.text("report.cli.coded-key", Map.of("file", key)));
        }
        return 0;
    }
}
