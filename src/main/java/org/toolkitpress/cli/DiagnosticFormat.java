package org.toolkitpress.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.toolkitpress.model.Diagnostic;

/**
 * How {@code check} prints diagnostics: for people ({@code path:line:col: error: message}), as
 * GitHub Actions workflow commands (annotations on the changed lines of a pull request), or as
 * JSON for other tools.
 */
enum DiagnosticFormat {
    TEXT, GITHUB, JSON;

    /** The printed form of all diagnostics; text form has one entry per line, JSON is one document. */
    String print(List<Diagnostic> diagnostics) {
        return switch (this) {
            case TEXT -> text(diagnostics);
            case GITHUB -> github(diagnostics);
            case JSON -> json(diagnostics);
        };
    }

    private static String text(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(d.format()).append('\n'));
        return out.toString();
    }

    /**
     * {@code ::error file=…,line=…,col=…,title=…::message}. GitHub reads one command per line,
     * so the hint joins the message with an escaped line break.
     */
    static String github(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append("::").append(d.severity() == Diagnostic.Severity.ERROR ? "error" : "warning")
                    .append(" file=").append(property(d.pos().path()));
            if (d.pos().line() > 0) {
                out.append(",line=").append(d.pos().line());
                if (d.pos().column() > 0) {
                    out.append(",col=").append(d.pos().column());
                }
            }
            out.append(",title=").append(property("toolkit check: " + d.severity().label()))
                    .append("::").append(data(d.hint() == null ? d.message() : d.message() + "\nhint: " + d.hint()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String json(List<Diagnostic> diagnostics) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
        root.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode item = list.addObject();
            item.put("severity", d.severity().label());
            item.put("file", d.pos().path());
            item.put("line", d.pos().line());
            item.put("column", d.pos().column());
            item.put("message", d.message());
            if (d.hint() == null) {
                item.putNull("hint");
            } else {
                item.put("hint", d.hint());
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write diagnostics as JSON", e);
        }
    }
}
