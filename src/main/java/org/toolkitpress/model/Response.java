package org.toolkitpress.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A filled-in audit: header values, answers by item id then part, and closing fields. The same
 * shape is exported and imported by the web form and fills a PDF. {@code plan} is the school's action plan, in order
 * (empty in older exports). {@code positions} says where each answer was written.
 */
public record Response(String id, String audit, int version, String title, Map<String, String> header,
                       Answers answers, Map<String, String> closing,
                       List<PlanRow> plan, SourcePos pos, Map<String, SourcePos> positions) {

    /** One row of the action plan: the item it starts from (empty for the school's own), and what, who, by when, how we'll know. */
    public record PlanRow(String item, String action, String who, String by, String measure) {
    }

    /** Where an answer was written: key {@code item} or {@code item/part}. */
    public SourcePos at(String item, String part) {
        SourcePos found = positions.get(part == null ? item : item + "/" + part);
        return found != null ? found : positions.getOrDefault(item, pos);
    }

    /** The response in the shape the web form exports and imports: {@code {audit, version, header, answers, closing, plan?}}. */
    public Export exported() {
        return new Export(audit, version, header, answers, closing, plan);
    }

    /** A response as the web form exports it, written as JSON in this order; older exports have no plan, so none is written when empty. */
    public record Export(String audit, int version, Map<String, String> header, Answers answers, Map<String, String> closing,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PlanRow> plan) {
    }
}
