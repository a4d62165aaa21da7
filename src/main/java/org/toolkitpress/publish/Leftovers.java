package org.toolkitpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;

/**
 * The folders a publish keeps beside the site while it swaps ({@code .site.building-<pid>},
 * {@code .site.previous-<pid>}), and what to do with them when their process died before it
 * could remove them. Only folders named exactly so, whose process is no longer running, are
 * touched; a live build's folders (another terminal, a parallel brand) are left alone.
 */
final class Leftovers {

    private static final String BUILDING = "building";
    private static final String PREVIOUS = "previous";

    private Leftovers() {
    }

    /** Where one process stages a site and parks the one it replaces. */
    record Names(Path staging, Path previous) {
    }

    static Names names(Path output, long pid) {
        Path out = output.toAbsolutePath().normalize();
        return new Names(beside(out, BUILDING, pid), beside(out, PREVIOUS, pid));
    }

    private static Path beside(Path out, String kind, long pid) {
        return out.resolveSibling("." + out.getFileName() + "." + kind + "-" + pid);
    }

    /** A leftover folder and the process that made it. */
    private record Leftover(Path dir, String kind, FileTime modified) {
    }

    /**
     * Removes the leftovers of dead publishes beside {@code output}. When the site itself is
     * missing (the process died between its two renames), the newest parked previous site is put
     * back instead of removed.
     */
    static void recover(Path output, Diagnostics diagnostics) {
        Path out = output.toAbsolutePath().normalize();
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            return;
        }
        SourcePos at = SourcePos.file(out.toString());
        Pattern name = Pattern.compile("\\." + Pattern.quote(out.getFileName().toString())
                + "\\.(" + BUILDING + "|" + PREVIOUS + ")-([0-9]{1,18})");
        List<Leftover> dead = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            for (Path sibling : siblings.sorted().toList()) {
                Matcher m = name.matcher(sibling.getFileName().toString());
                if (m.matches() && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
                        && !running(Long.parseLong(m.group(2)))) {
                    dead.add(new Leftover(sibling, m.group(1), Files.getLastModifiedTime(sibling, LinkOption.NOFOLLOW_LINKS)));
                }
            }
        } catch (IOException e) {
            diagnostics.warning(at, "cannot look for what an interrupted build left: " + Publish.cause(e), null);
            return;
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            dead.stream().filter(l -> l.kind().equals(PREVIOUS)).max(Comparator.comparing(Leftover::modified))
                    .ifPresent(newest -> {
                        try {
                            Files.move(newest.dir(), out, StandardCopyOption.ATOMIC_MOVE);
                            dead.remove(newest);
                        } catch (IOException e) {
                            diagnostics.warning(at, "cannot put back the site an interrupted build set aside: "
                                    + Publish.cause(e), "rename " + newest.dir() + " to " + out + " yourself");
                        }
                    });
        }
        for (Leftover leftover : dead) {
            if (leftover.kind().equals(PREVIOUS) && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Publish.delete(leftover.dir());
            } catch (IOException e) {
                diagnostics.warning(at, "cannot remove what an interrupted build left: " + Publish.cause(e),
                        "delete " + leftover.dir() + " yourself");
            }
        }
    }

    /** Whether a process with this id runs now; this process's own folders are always its own business. */
    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
