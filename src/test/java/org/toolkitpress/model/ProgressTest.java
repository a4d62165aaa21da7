package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The action plan's proposal and the comparison of two returns against the hand-written cases the
 * web form's script is held to as well (AuditRulesBrowserTest runs the same files in Chromium).
 */
class ProgressTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePlanFollowsTheSharedCases() throws IOException {
        JsonNode file = PlacementTest.cases("plan-cases.json");
        Map<String, List<Progress.Item>> sections = shape(file.get("shape"));
        List<Progress.Item> items = sections.values().stream().flatMap(List::stream).toList();
        JsonNode cases = file.get("cases");
        assertEquals(10, cases.size(), "every case of the file is run");
        for (JsonNode c : cases) {
            JsonNode settings = c.get("settings");
            Map<String, List<String>> needs = settings.has("needs_action")
                    ? JSON.convertValue(settings.get("needs_action"), new TypeReference<Map<String, List<String>>>() { })
                    : Map.of();
            ActionPlan plan = new ActionPlan(needs, settings.has("rows") ? settings.get("rows").asInt() : null, null);
            List<String> want = new ArrayList<>();
            c.get("rows").forEach(r -> want.add(r.asText()));
            assertEquals(want, plan.propose(items, answers(c.get("answers"))), c.get("case").asText());
        }
    }

    @Test
    void theComparisonFollowsTheSharedCases() throws IOException {
        JsonNode file = PlacementTest.cases("compare-cases.json");
        Map<String, List<Progress.Item>> sections = shape(file.get("shape"));
        JsonNode cases = file.get("cases");
        assertEquals(2, cases.size(), "every case of the file is run");
        for (JsonNode c : cases) {
            String what = c.get("case").asText();
            Answers earlier = answers(c.get("earlier"));
            Answers current = answers(c.get("current"));
            for (JsonNode want : c.get("sections")) {
                List<Integer> before = new ArrayList<>();
                List<Integer> after = new ArrayList<>();
                int n = 0;
                for (Progress.Item item : sections.get(want.get("id").asText())) {
                    Integer a = Progress.of(item, Progress.answer(item, earlier));
                    Integer b = Progress.of(item, Progress.answer(item, current));
                    JsonNode wantItem = want.get("items").get(n++);
                    assertEquals(number(wantItem.get("earlier")), a, what + " / " + item.id() + " earlier");
                    assertEquals(number(wantItem.get("current")), b, what + " / " + item.id() + " current");
                    assertEquals(number(wantItem.get("change")), Progress.change(a, b), what + " / " + item.id() + " change");
                    before.add(a);
                    after.add(b);
                }
                String section = what + " / " + want.get("id").asText();
                assertEquals(number(want.get("earlier")), Progress.mean(before), section + " earlier");
                assertEquals(number(want.get("current")), Progress.mean(after), section + " current");
                assertEquals(number(want.get("change")), Progress.change(Progress.mean(before), Progress.mean(after)), section + " change");
            }
        }
    }

    private static Integer number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    static Map<String, List<Progress.Item>> shape(JsonNode shape) {
        Map<String, List<Progress.Item>> out = new LinkedHashMap<>();
        for (JsonNode section : shape.get("sections")) {
            List<Progress.Item> items = new ArrayList<>();
            for (JsonNode item : section.get("items")) {
                List<String> levels = new ArrayList<>();
                item.get("levels").forEach(l -> levels.add(l.asText()));
                items.add(new Progress.Item(item.get("id").asText(), item.get("label").asText(),
                        Scale.Type.of(item.get("type").asText()), levels));
            }
            out.put(section.get("id").asText(), items);
        }
        return out;
    }

    /** Answers as a web form's export holds them, read as Java reads an export. */
    static Answers answers(JsonNode answers) {
        return JSON.convertValue(answers, Answers.class);
    }
}
