package org.toolkitpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.ToolkitInfo;

class BrandStyleTest {

    private static final SourcePos POS = SourcePos.file("c.yml");

    private static Continuum continuum(String id, String... stageColours) {
        List<Continuum.Stage> stages = new java.util.ArrayList<>();
        for (int i = 0; i < stageColours.length; i += 2) {
            stages.add(new Continuum.Stage(stageColours[i], stageColours[i], null, stageColours[i + 1], POS));
        }
        return new Continuum(id, id, null, null, null, stages, List.of(), List.of(), null, POS);
    }

    private static Toolkit toolkit(Brand brand, Continuum... continua) {
        Map<String, Continuum> byId = new LinkedHashMap<>();
        for (Continuum c : continua) {
            byId.put(c.id(), c);
        }
        ToolkitInfo info = new ToolkitInfo("T", null, null, null, null, "en-GB", null, List.of());
        return new Toolkit(info, List.of(), byId, Map.of(), Map.of(), Map.of(), List.of(), brand);
    }

    private static Brand brandWithStage(String stage, String colour) {
        Brand n = Brand.neutral();
        return new Brand("b", "B Council", null, null, null, new Brand.Colours("#5b2a86", "#4b5557",
                "#8a1c5c", "#1a4f9c", "#111111", "#ffffff", Map.of(stage, colour)), null, List.of(), null, null, null,
                List.of(), n.statement(), List.of(), SourcePos.file("brands/b/brand.yml"));
    }

    @Test
    void neutralBuildSetsOnlyTheBrandPropertiesOnRoot() {
        Map<String, String> p = BrandStyle.properties(toolkit(Brand.neutral(), continuum("c", "early", "#b03a2e")));
        assertEquals(List.of("brand-primary", "brand-secondary", "brand-accent", "brand-link", "brand-text",
                "brand-background"), List.copyOf(p.keySet()), "no stage colour is site-wide");
        assertEquals(Brand.NEUTRAL_COLOURS.primary(), p.get("brand-primary"));
    }

    @Test
    void twoContinuaSharingAStageIdKeepTheirOwnColours() {
        String css = BrandStyle.stylesheet(toolkit(Brand.neutral(),
                continuum("journey", "trauma-aware", "#e67e22", "embedding", "#1e6b30"),
                continuum("spectrum", "trauma-aware", "#d2e3f3", "plain", null)));
        assertTrue(css.contains("[data-continuum=\"journey\"] [data-stage=\"trauma-aware\"] { --stage-colour: #e67e22; }"), css);
        assertTrue(css.contains("[data-continuum=\"spectrum\"] [data-stage=\"trauma-aware\"] { --stage-colour: #d2e3f3; }"), css);
        assertFalse(css.contains("plain"), "a stage without a colour gets no rule: " + css);
        assertFalse(css.contains("--stage-trauma-aware"), css);
    }

    @Test
    void brandStageColoursWinOverTheData() {
        String css = BrandStyle.stylesheet(toolkit(brandWithStage("late", "#0b5d2a"), continuum("c", "early", "#b03a2e", "late", "#1e6b30")));
        assertTrue(css.contains("[data-continuum=\"c\"] [data-stage=\"late\"] { --stage-colour: #0b5d2a; }"), css);
        assertTrue(css.contains("[data-continuum=\"c\"] [data-stage=\"early\"] { --stage-colour: #b03a2e; }"), css);
    }

    @Test
    void aBrandColourForOneContinuumsStageWinsAndLeavesTheOtherContinuumAlone() {
        Brand brand = brandWithStage("spectrum/trauma-aware", "#cfe0f0");
        String css = BrandStyle.stylesheet(toolkit(brand, continuum("journey", "trauma-aware", "#e67e22"),
                continuum("spectrum", "trauma-aware", "#d2e3f3")));
        assertTrue(css.contains("[data-continuum=\"spectrum\"] [data-stage=\"trauma-aware\"] { --stage-colour: #cfe0f0; }"), css);
        assertTrue(css.contains("[data-continuum=\"journey\"] [data-stage=\"trauma-aware\"] { --stage-colour: #e67e22; }"), css);
    }

    @Test
    void printCssRepeatsEachStageRuleScopedToItsContinuumWithTheColourWrittenIn() {
        Toolkit toolkit = toolkit(Brand.neutral(), continuum("journey", "trauma-aware", "#e67e22"),
                continuum("spectrum", "trauma-aware", "#d2e3f3"));
        String css = BrandStyle.forPrint("/* bands */\n.stage-head { border-top: 2mm solid var(--stage-colour, #505a5f); }\n"
                + "h1 { color: var(--brand-primary); }\n", toolkit);
        assertTrue(css.contains(".stage-head { border-top: 2mm solid #505a5f; }"), "the neutral fallback stays: " + css);
        assertTrue(css.contains("[data-continuum=\"journey\"] .stage-head[data-stage=\"trauma-aware\"], "
                + "[data-continuum=\"journey\"] [data-stage=\"trauma-aware\"] .stage-head { border-top: 2mm solid #e67e22; }"), css);
        assertTrue(css.contains("[data-continuum=\"spectrum\"] .stage-head[data-stage=\"trauma-aware\"], "
                + "[data-continuum=\"spectrum\"] [data-stage=\"trauma-aware\"] .stage-head { border-top: 2mm solid #d2e3f3; }"), css);
        assertTrue(css.contains("h1 { color: " + Brand.NEUTRAL_COLOURS.primary() + "; }"), css);
        assertFalse(css.contains("var("), css);
    }

    /** Rules inside an at-rule's block, rules before and after, with and without the stage colour. */
    @Test
    void printCssFindsStageRulesInsideAtRulesAndAmongOthers() {
        Toolkit toolkit = toolkit(Brand.neutral(), continuum("journey", "aware", "#e67e22"));
        String css = BrandStyle.forPrint("p { margin: 0; }\n@media print { .band, td.cell { fill: var(--stage-colour); } .x { top: 0; } }\n"
                + "@page { margin: 1cm; }\nli{color:var(--stage-colour,#000)}", toolkit);
        String added = css.substring(css.indexOf("/* Stage colours"));
        assertEquals("""
                /* Stage colours, each scoped to its own continuum. */
                [data-continuum="journey"] .band[data-stage="aware"], [data-continuum="journey"] [data-stage="aware"] .band, \
                [data-continuum="journey"] td.cell[data-stage="aware"], [data-continuum="journey"] [data-stage="aware"] td.cell { fill: #e67e22; }
                [data-continuum="journey"] li[data-stage="aware"], [data-continuum="journey"] [data-stage="aware"] li { color:#e67e22; }
                """, added);
    }

    @Test
    void inlineReplacesPropertiesAndKeepsFallbacks() {
        assertEquals("h1 { color: #5b2a86; background: white; }",
                BrandStyle.inline("h1 { color: var(--brand-primary); background: var(--not-set, white); }",
                        Map.of("brand-primary", "#5b2a86")));
    }
}
