package org.toolkitpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.publish.Publish;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code toolkit new PATH}: writes a small project that builds and passes {@code check} at once,
 * so a council can start from Toolkit Press alone, without a copy of this repository.
 */
@Command(name = "new", description = {
        "Start a new toolkit in PATH, ready to check, build and serve.",
        "It has a home page and a guide with a continuum and a self-review audit. PATH must be a",
        "new or empty folder."})
final class NewCommand implements Callable<Integer> {

    /** The starter's files inside the jar under toolkit-press/starter/, and where each goes. */
    static final Map<String, String> FILES = Map.of(
            "gitignore.txt", ".gitignore",
            "content/toolkit.yml", "content/toolkit.yml",
            "content/pages/index.md", "content/pages/index.md",
            "content/pages/guide/index.md", "content/pages/guide/index.md",
            "content/pages/guide/continuum.md", "content/pages/guide/continuum.md",
            "content/pages/guide/self-review.md", "content/pages/guide/self-review.md",
            "content/data/continua/practice.yml", "content/data/continua/practice.yml",
            "content/data/audits/self-review.yml", "content/data/audits/self-review.yml");

    @Parameters(paramLabel = "PATH", description = "the folder to create (or an empty one to fill)")
    Path path;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = path.toAbsolutePath().normalize();
        refuseUnlessNewOrEmpty(dir);
        String name = Scaffold.title(dir.getFileName().toString());
        // The name goes into double-quoted YAML strings, whatever the folder is called.
        String title = (name.isEmpty() ? "My Toolkit" : name).replace("\\", "\\\\").replace("\"", "\\\"");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<Path> schemas = schemas();
        try {
            for (Map.Entry<String, String> file : FILES.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
                Scaffold.write(dir.resolve(file.getValue()),
                        Scaffold.text("starter/" + file.getKey()).replace("@NAME@", title).replace("@DATE@", today));
            }
            for (Path schema : schemas) {
                Scaffold.write(dir.resolve("schemas").resolve(schema.getFileName().toString()), read(schema));
            }
        } catch (UncheckedIOException e) {
            throw Main.refuse(spec, "cannot create the project in " + dir + ": " + Publish.cause(e.getCause()),
                    "check that you may write there and that the disk has room, then remove what was made and try again");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("created " + path + " (" + (FILES.size() + schemas.size()) + " files): a home page, "
                + "a guide with a continuum and a self-review, and the schemas your editor checks them with");
        out.println("next: check and build it with `toolkit check -p " + path + "` and `toolkit build -p " + path
                + "` (from the release jar: `java -jar toolkit-press.jar build -p " + path + "`)");
        return 0;
    }

    /** A new project goes only into a folder that is not there yet or holds nothing: never over someone's files. */
    private void refuseUnlessNewOrEmpty(Path dir) {
        if (dir.getParent() == null) {
            throw Main.refuse(spec, "will not create a project at " + dir + ": it is the root of the file system",
                    "give a new folder, e.g. toolkit new my-toolkit");
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw Main.refuse(spec, "will not create a project at " + dir + ": it is a file",
                    "give a new folder, e.g. toolkit new my-toolkit");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw Main.refuse(spec, "will not create a project in " + dir + ": it already holds files",
                        "give a new or empty folder; Toolkit Press never writes over files it did not make");
            }
        } catch (IOException e) {
            throw Main.refuse(spec, "cannot read " + dir + ": " + e.getMessage(), "give a new folder");
        }
    }

    /** The data-file schemas that ship in the jar, copied so an editor can check files as they are typed. */
    private static List<Path> schemas() {
        Path folder = LayeredFiles.builtInDefaults().dir().resolve("schemas");
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".schema.json"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the built-in schemas", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
