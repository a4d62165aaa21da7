package org.toolkitpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static Toolkit toolkit(Brand brand) {
        Continuum continuum = new Continuum("c", "C", null, null, null, List.of(
                new Continuum.Stage("early", "Early", null, "#b03a2e", SourcePos.file("c.yml")),
                new Continuum.Stage("late", "Late", null, "#1e6b30", SourcePos.file("c.yml"))),
                List.of(), List.of(), null, SourcePos.file("c.yml"));
        ToolkitInfo info = new ToolkitInfo("T", null, null, null, null, "en-GB", null, List.of());
        return new Toolkit(info, List.of(), Map.of("c", continuum), Map.of(), Map.of(), Map.of(), List.of(), brand);
    }

    @Test
    void neutralBuildGetsTheNeutralPaletteAndTheDataStageColours() {
        Map<String, String> p = BrandStyle.properties(toolkit(Brand.neutral()));
        assertEquals(List.of("brand-primary", "brand-secondary", "brand-accent", "brand-link", "brand-text",
                "brand-background", "stage-early", "stage-late"), List.copyOf(p.keySet()));
        assertEquals(Brand.NEUTRAL_COLOURS.primary(), p.get("brand-primary"));
        assertEquals("#b03a2e", p.get("stage-early"));
    }

    @Test
    void brandStageColoursWinAndPrintCssCanInlineTheSameValues() {
        Brand n = Brand.neutral();
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("late", "#0b5d2a");
        Brand brand = new Brand("b", "B Council", null, null, null, new Brand.Colours("#5b2a86", "#4b5557",
                "#8a1c5c", "#1a4f9c", "#111111", "#ffffff", stages), null, List.of(), null, null, null, List.of(),
                n.statement(), List.of(), SourcePos.file("brands/b/brand.yml"));
        Map<String, String> p = BrandStyle.properties(toolkit(brand));
        assertEquals("#0b5d2a", p.get("stage-late"));
        assertEquals("h1 { color: #5b2a86; border-color: #0b5d2a; background: white; }",
                BrandStyle.inline("h1 { color: var(--brand-primary); border-color: var( --stage-late ); "
                        + "background: var(--not-set, white); }", p));
    }
}
