package org.toolkitpress.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.ActionPlan;

/**
 * An audit's action-plan rule as the page scripts read it ({@code proposePlan} in
 * audit-rules-plan.js; {@link ActionPlan#propose} is the Java side): the form page's
 * {@code data-plan-settings} and the plan in the report page's audit shapes, one shape for both.
 * Both fields are left out when the audit does not set them, which the script reads as its
 * defaults. Written by Jackson, so its escaping never depends on what the schema lets an id hold.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanSettings(@JsonProperty("needs_action") Map<String, List<String>> needsAction, Integer rows) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rule of {@code plan}, the defaults when null. */
    public static PlanSettings of(ActionPlan plan) {
        return plan == null ? new PlanSettings(null, null) : new PlanSettings(plan.needsAction(), plan.rows());
    }

    /** The rule as JSON, in the order the loader keeps the scale types (the schema's). */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists of ids are plain data", e);
        }
    }
}
