package org.toolkitpress.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a project. */
class ProjectOptions {
    private static final String DESCRIPTION = "the project folder (default: the current folder)";
    private static final String DEFAULT = ".";

    @Option(names = {"-p", "--project"}, description = DESCRIPTION, defaultValue = DEFAULT)
    Path project;

    /**
     * The same option for a command whose model is built in code ({@code build}, {@code check}:
     * see {@link Main}); its value is the project folder.
     */
    static OptionSpec option() {
        return OptionSpec.builder("-p", "--project").type(Path.class).paramLabel("<project>").description(DESCRIPTION)
                .defaultValue(DEFAULT).build();
    }
}
