package org.toolkitpress.model;

import java.util.List;
import java.util.Map;

/**
 * A continuum: ordered stages (left to right) and one or more aspects (rows) whose cells hold
 * Markdown statements, keyed by stage id. Text fields are Markdown.
 */
public record Continuum(String id, String title, String caption, String intro, String source,
                        List<Stage> stages, List<Aspect> aspects, List<String> evidencedThrough,
                        String after, SourcePos pos) {

    public record Stage(String id, String label, String meaning, String colour, SourcePos pos) {
    }

    public record Aspect(String id, String label, Map<String, String> cells, SourcePos pos) {
    }

    public Stage stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst().orElse(null);
    }
}
