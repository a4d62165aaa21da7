package org.toolkitpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.view.PlanSettings;

/** An audit's `action_plan:` rule and a response's `plan:` rows, read from YAML and checked. */
class ActionPlanDataTest {

    @TempDir
    Path project;

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Toolkit load(Diagnostics diagnostics) {
        Toolkit toolkit = Load.toolkit(Configure.settings(project, null, false), Markdown.create(), diagnostics);
        Check.toolkit(toolkit, LocalDate.of(2026, 1, 1), diagnostics);
        return toolkit;
    }

    private void audit(String actionPlan) throws IOException {
        write("content/toolkit.yml", "title: T\n");
        write("content/data/continua/stages.yml", "id: stages\ntitle: Stages\nstages:\n  - id: first\n    label: First\n"
                + "  - id: last\n    label: Last\naspects:\n  - id: all\n    cells: {}\n");
        write("content/data/audits/a.yml", "id: a\nversion: 1\ntitle: A\n"
                + "scales:\n  spread:\n    type: distribution\n    continuum: stages\n"
                + "  rag:\n    type: choice\n    options:\n      - id: red\n        label: Red\n      - id: green\n        label: Green\n"
                + "sections:\n  - id: s\n    title: S\n    items:\n      - id: q1\n        text: One\n        scale: spread\n"
                + "      - id: q2\n        text: Two\n        scale: rag\n" + actionPlan);
    }

    @Test
    void theRuleReachesTheFormInTheOrderWritten() throws IOException {
        audit("action_plan:\n  needs_action:\n    choice: [red]\n    distribution: [first]\n  rows: 3\n");
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = load(diagnostics);
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::format).toList());
        assertEquals("{\"needs_action\":{\"distribution\":[\"first\"],\"choice\":[\"red\"]},\"rows\":3}",
                PlanSettings.of(toolkit.audits().get("a").actionPlan()).json(), "the schema's order of types, whatever the YAML's");
    }

    @Test
    void unknownStagesAndOptionsAreReported() throws IOException {
        audit("action_plan:\n  needs_action:\n    distribution: [middle]\n    choice: [amber]\n");
        Diagnostics diagnostics = new Diagnostics();
        load(diagnostics);
        assertEquals(List.of(
                "content/data/audits/a.yml:25:1: error: action_plan names unknown option \"amber\" under needs_action.choice\n"
                        + "  hint: options: green, red",
                "content/data/audits/a.yml:25:1: error: action_plan names unknown stage \"middle\" under needs_action.distribution\n"
                        + "  hint: stages: first, last"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aResponseKeepsItsPlanAndAnOlderOneHasNone() throws IOException {
        audit("");
        write("content/data/responses/with-plan.yml", "id: with-plan\naudit: a\nversion: 1\nanswers:\n  q2: {choice: red}\n"
                + "plan:\n  - {item: q2, action: Train, who: Head, by: July, measure: Fewer reds}\n  - {action: Our own}\n");
        write("content/data/responses/old.yml", "id: old\naudit: a\nversion: 1\nanswers:\n  q2: {choice: green}\n");
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = load(diagnostics);
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::format).toList());
        Response with = toolkit.responses().get("with-plan");
        assertEquals(List.of(new Response.PlanRow("q2", "Train", "Head", "July", "Fewer reds"),
                new Response.PlanRow("", "Our own", "", "", "")), with.plan());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree("[{\"item\":\"q2\",\"action\":\"Train\",\"who\":\"Head\",\"by\":\"July\",\"measure\":\"Fewer reds\"},"
                + "{\"item\":\"\",\"action\":\"Our own\",\"who\":\"\",\"by\":\"\",\"measure\":\"\"}]"),
                json.valueToTree(with.exported()).get("plan"));
        assertEquals(List.of(), toolkit.responses().get("old").plan());
        // An export without a plan is written as older exports were: no "plan" at all.
        assertEquals(json.readTree("{\"audit\":\"a\",\"version\":1,\"header\":{},\"answers\":{\"q2\":{\"choice\":\"green\"}},\"closing\":{}}"),
                json.valueToTree(toolkit.responses().get("old").exported()));
        assertEquals("green", toolkit.responses().get("old").answers().of("q2").text("choice"));
    }
}
