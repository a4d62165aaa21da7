package org.toolkitpress.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a project. */
class ProjectOptions {
    private static final String DESCRIPTION = "the project folder (default: the current folder)";
    private static final String DEFAULT = ".";
    /** The {@code --brand} option's name and value, shared by {@code build}, {@code check} and {@code serve}. */
    static final String BRAND = "--brand";
    static final String BRAND_LABEL = "<id|path>";

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

    /** {@code --brand <id|path>}, for a command whose model is built in code; what it does there is {@code description}. */
    static OptionSpec brandOption(String description) {
        return OptionSpec.builder(BRAND).type(String.class).paramLabel(BRAND_LABEL).description(description).build();
    }
}
