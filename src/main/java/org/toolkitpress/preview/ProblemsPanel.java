package org.toolkitpress.preview;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.toolkitpress.model.Diagnostic;

/**
 * What the preview adds to each HTML page as it serves it: the live-reload script and, while
 * the latest change has errors, a panel listing them (file, line, message, hint) over the last
 * good page. Never part of a built site.
 */
final class ProblemsPanel {

    static final String ID = "toolkit-preview-problems";

    private ProblemsPanel() {
    }

    /**
     * The page with the preview's additions just before {@code </body>}. The live script is
     * marked with the build, the build that last changed the assets, and the page's frame (see
     * {@link #frame}), which together tell an open tab whether it can take in a new version of
     * this page by replacing its {@code <main>} alone.
     */
    static String inject(String html, String build, String assets, List<Diagnostic> problems) {
        String addition = panel(problems) + "<script src=\"/__toolkit/live.js\" defer data-build=\"" + build
                + "\" data-assets=\"" + assets + "\" data-frame=\"" + frame(html) + "\"></script>\n";
        int at = html.lastIndexOf("</body>");
        return at < 0 ? html + addition : html.substring(0, at) + addition + html.substring(at);
    }

    /** A digest of everything in the page outside its {@code <main>} element (all of it when there is none). */
    static String frame(String html) {
        int open = html.indexOf("<main");
        int close = html.lastIndexOf("</main>");
        String outside = open < 0 || close < open ? html : html.substring(0, open) + html.substring(close);
        return HexFormat.of().formatHex(PreviewServer.digest(outside.getBytes(StandardCharsets.UTF_8)), 0, 12);
    }

    /** A stand-in page for when no build has succeeded yet. */
    static String emptySite(String build, String assets, List<Diagnostic> problems) {
        return inject("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>Preview</title></head>\n"
                + "<body>\n<main><h1>The preview has nothing to show yet</h1>\n"
                + "<p>The toolkit has not built successfully since the preview started.</p></main>\n</body>\n</html>\n",
                build, assets, problems);
    }

    static String panel(List<Diagnostic> problems) {
        List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        html.append("<div id=\"").append(ID).append("\" role=\"alert\" aria-labelledby=\"").append(ID).append("-title\">\n")
                .append("<style>#").append(ID).append("{position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;")
                .append("z-index:2147483647;background:#fff;color:#1a1a1a;border-top:6px solid #b00020;")
                .append("box-shadow:0 -4px 16px rgba(0,0,0,.35);padding:1rem 1.5rem;font:16px/1.5 system-ui,sans-serif}")
                .append("#").append(ID).append(" h2{margin:0 0 .5rem;font-size:1.25rem}")
                .append("#").append(ID).append(" code{font:15px/1.4 ui-monospace,monospace;background:#f3f3f3;padding:0 .2em}")
                .append("#").append(ID).append(" li{margin:.5rem 0}")
                .append("#").append(ID).append(" button{font:inherit;padding:.25rem .75rem;border:2px solid #1a1a1a;")
                .append("background:#fff;color:#1a1a1a;border-radius:4px;cursor:pointer}</style>\n")
                .append("<h2 id=\"").append(ID).append("-title\">Preview not updated: ")
                .append(errors.size()).append(errors.size() == 1 ? " problem" : " problems").append(" in your last change</h2>\n")
                .append("<p>You are looking at the last version that built. Fix the problem below and save: ")
                .append("this page will update by itself.</p>\n<ol>\n");
        for (Diagnostic d : errors) {
            html.append("<li><code>").append(escape(d.pos().toString())).append("</code> <strong>")
                    .append(d.severity().label().toUpperCase(Locale.ROOT)).append(":</strong> ")
                    .append(escape(d.message()));
            if (d.hint() != null) {
                html.append("<br><span>Hint: ").append(escape(d.hint())).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n<button type=\"button\" data-toolkit-hide>Hide this message</button>\n</div>\n");
        return html.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
