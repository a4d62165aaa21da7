package org.toolkitpress.model;

import java.util.List;
import java.util.Map;

/**
 * A continuum: stages (left to right) and one or more aspects (rows) whose cells hold Markdown
 * statements, keyed by stage id. Text fields are Markdown.
 *
 * <p>{@code ordered} says whether the stages are a progression (printed "Stage 1…n" when
 * {@code numbered}) or a spectrum with no order of merit. Stage colours belong to this continuum
 * alone; {@code colourStyle} says how they are drawn: as a band beside the stage's name, or as
 * the fill behind it (then the colour must keep text contrast).
 */
public record Continuum(String id, String title, String caption, String intro, String source,
                        boolean ordered, boolean numbered, ColourStyle colourStyle,
                        List<Stage> stages, List<Aspect> aspects, List<String> evidencedThrough,
                        String after, SourcePos pos) {

    /**
     * The ids of these continua's stages, each once, in the order the continua and their stages
     * come: what a brand's stage colour may be keyed by (besides {@code <continuum>/<stage>}).
     */
    public static java.util.Set<String> stageIds(java.util.Collection<Continuum> continua) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        continua.forEach(c -> c.stages().forEach(s -> ids.add(s.id())));
        return java.util.Collections.unmodifiableSet(ids);
    }

    /** How a stage's colour is drawn. */
    public enum ColourStyle {
        /** A coloured band above the stage heading and beside each cell's stage name (decoration). */
        BAND,
        /** The stage heading and each cell's stage name sit on the colour (it must keep text contrast). */
        FILL;

        public static ColourStyle of(String key) {
            return "fill".equals(key) ? FILL : BAND;
        }

        /** The name templates and data use: {@code band} or {@code fill}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code colourPos}: where the colour was written, for contrast diagnostics (the stage's own position when none). */
    public record Stage(String id, String label, String meaning, String colour, SourcePos pos, SourcePos colourPos) {

        public Stage(String id, String label, String meaning, String colour, SourcePos pos) {
            this(id, label, meaning, colour, pos, pos);
        }
    }

    public record Aspect(String id, String label, Map<String, String> cells, SourcePos pos) {
    }

    /** A continuum with today's defaults: ordered, numbered, colours as bands. */
    public Continuum(String id, String title, String caption, String intro, String source, List<Stage> stages,
                     List<Aspect> aspects, List<String> evidencedThrough, String after, SourcePos pos) {
        this(id, title, caption, intro, source, true, true, ColourStyle.BAND, stages, aspects, evidencedThrough, after, pos);
    }

    public Stage stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst().orElse(null);
    }

    /**
     * The colour a stage is drawn in: the brand's colour for this continuum's stage
     * ({@code <continuum>/<stage>}) or, failing that, for the stage id in every continuum; else
     * the data's; else null (neutral). The one rule for both editions and the check.
     */
    public String colour(Stage stage, Brand.Colours brand) {
        String key = brandKey(stage, brand);
        return key != null ? brand.stages().get(key) : stage.colour();
    }

    /** The key of {@code colours: stages:} in brand.yml that colours this stage, or null when none does. */
    public String brandKey(Stage stage, Brand.Colours brand) {
        if (stage.id() == null) {
            return null;
        }
        String own = id + "/" + stage.id();
        return brand.stages().containsKey(own) ? own : brand.stages().containsKey(stage.id()) ? stage.id() : null;
    }

    /**
     * A stage colour that text is drawn on, as the check and the accessibility statement measure
     * it: {@code brandKey} is the brand.yml key it came from, null when it is the data's own.
     */
    public record Fill(Stage stage, String colour, String brandKey) {
    }

    /**
     * The stage colours that text sits on, wherever they were written (the data or a brand).
     * The one rule for stage colours (WCAG 2.2): as bands, swatches and chart bars they are
     * never the only cue (every stage is named in text, the chart repeats a table), so 1.4.11's
     * 3:1 does not apply and any colour is allowed; with {@code colour_style: fill} the stage's
     * name is drawn on the colour, so it must keep 1.4.3's text contrast with the text colour.
     */
    public List<Fill> fills(Brand.Colours brand) {
        if (colourStyle != ColourStyle.FILL) {
            return List.of();
        }
        return stages.stream().filter(stage -> colour(stage, brand) != null)
                .map(stage -> new Fill(stage, colour(stage, brand), brandKey(stage, brand))).toList();
    }

    /** Whether any stage has a colour of its own (else the continuum is drawn in neutral grey). */
    public boolean coloured(Brand.Colours brand) {
        return stages.stream().anyMatch(s -> colour(s, brand) != null);
    }
}
