package org.toolkitpress.preview;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How to run a preview.
 *
 * @param project the project folder
 * @param host    the address to listen on; a loopback address keeps the preview on this machine
 * @param port    the port, or 0 for any free port
 * @param clock   "today" for review dates
 * @param brand   a brand id under brands/ or a brand folder to preview, or null for the neutral default
 * @param pdf     make the PDFs with every build; otherwise each is made when its link is first opened
 */
public record PreviewOptions(Path project, String host, int port, Clock clock, String brand, boolean pdf) {

    /** Options that make PDFs on demand. */
    public PreviewOptions(Path project, String host, int port, Clock clock, String brand) {
        this(project, host, port, clock, brand, false);
    }

    /** Options for the neutral default, without a brand. */
    public PreviewOptions(Path project, String host, int port, Clock clock) {
        this(project, host, port, clock, null);
    }
}
