package org.toolkitpress.model;

import java.util.List;

/** A set of principles, each with a description and examples in practice (Markdown). */
public record PrincipleSet(String id, String title, String intro, List<Principle> principles,
                           SourcePos pos) {

    public record Principle(String id, String title, String description, List<String> examples,
                            Quote quote, SourcePos pos) {
    }

    public record Quote(String text, String attribution) {
    }
}
