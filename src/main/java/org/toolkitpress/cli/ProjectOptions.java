package org.toolkitpress.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a project. */
class ProjectOptions {
    @Option(names = {"-p", "--project"}, description = "the project folder (default: the current folder)",
            defaultValue = ".")
    Path project;
}
