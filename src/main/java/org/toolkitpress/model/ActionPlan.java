package org.toolkitpress.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An audit's rule for the action plan the web form proposes: per scale type ({@code
 * distribution}, {@code choice}, {@code score}) the stage or option ids (or scores) that count as
 * needing action, most urgent first, and how many rows to propose. Absent parts keep the
 * defaults of {@code ToolkitAudit.proposePlan} (audit-rules.js).
 */
public record ActionPlan(Map<String, List<String>> needsAction, Integer rows, SourcePos pos) {

    /**
     * The rule as the form reads it ({@code data-plan-settings}). Ids are lower-case letters,
     * digits and hyphens (the schema holds them to that) and scores are numbers, so nothing here
     * needs escaping beyond the template's own attribute escaping.
     */
    public String json() {
        String needs = needsAction.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":[" + e.getValue().stream().map(v -> "\"" + v + "\"")
                        .collect(Collectors.joining(",")) + "]")
                .collect(Collectors.joining(","));
        return "{\"needs_action\":{" + needs + "}" + (rows == null ? "" : ",\"rows\":" + rows) + "}";
    }
}
