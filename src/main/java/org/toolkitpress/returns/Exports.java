package org.toolkitpress.returns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.toolkitpress.model.Wording;

/**
 * The web form's first question about a file it imports ({@code ToolkitAudit.importedAnswers}):
 * is it a JSON object naming an audit, with answers (when it has any) by item? Anything else is
 * not an export, whatever it holds.
 */
final class Exports {

    /** The largest file read as an export, as the web form's import allows ({@code ToolkitAudit.MAX_IMPORT_BYTES}). */
    static final long MAX_BYTES = 2_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {
    }

    /** Why the file is not a web-form export, or null when it has the shape of one. */
    static String refusal(Path file, Wording wording) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return wording.text("returns.skip.too-large");
            }
            JsonNode data = JSON.readTree(file.toFile());
            boolean export = data != null && data.isObject() && data.path("audit").isTextual()
                    && (!data.has("answers") || data.get("answers").isObject());
            if (!export) {
                return wording.text("returns.skip.not-export");
            }
            // Asked here, not left to the schema, so the page (report-read.js) gives the same reason word for word.
            JsonNode version = data.get("version");
            boolean whole = version == null || version.isIntegralNumber() && version.asLong() >= 1;
            return whole ? null : wording.text("returns.skip.bad-version", Map.of("version", version.toString()));
        } catch (JsonProcessingException e) {
            return wording.text("returns.skip.not-json", Map.of("line", e.getLocation().getLineNr()));
        } catch (IOException e) {
            return wording.text("returns.skip.unreadable", Map.of("why", String.valueOf(e.getMessage())));
        }
    }
}
