package org.toolkitpress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts an item is answered in — the last segment of its field names
 * {@code <audit>.<item>.<part>}: a distribution's stage ids, {@code choice}, {@code score} or {@code text},
 * then {@code evidence} when the audit keeps evidence per item.
 */
public final class AnswerParts {

    public static final String CHOICE = "choice";
    public static final String SCORE = "score";
    public static final String TEXT = "text";
    public static final String EVIDENCE = "evidence";

    private AnswerParts() {
    }

    public static List<String> of(Audit audit, Audit.Item item, Scale scale, Toolkit toolkit) {
        List<String> parts = new ArrayList<>();
        if (scale != null) {
            switch (scale.type()) {
                case DISTRIBUTION -> {
                    Continuum continuum = scale.continuum() == null ? null : toolkit.continua().get(scale.continuum());
                    if (continuum != null) {
                        continuum.stages().forEach(s -> parts.add(s.id()));
                    }
                }
                case CHOICE -> parts.add(CHOICE);
                case SCORE -> parts.add(SCORE);
                case TEXT -> parts.add(TEXT);
            }
        }
        if (audit.evidence() != null && "item".equals(audit.evidence().per())) {
            parts.add(EVIDENCE);
        }
        return parts;
    }

    /** True when a group or section id of the audit carries its own evidence field. */
    public static boolean hasOwnEvidence(Audit audit, String groupOrSectionId) {
        if (audit.evidence() == null) {
            return false;
        }
        return switch (audit.evidence().per()) {
            case "group" -> audit.sections().stream().flatMap(s -> s.groups().stream()).anyMatch(g -> g.id().equals(groupOrSectionId));
            case "section" -> audit.sections().stream().anyMatch(s -> s.id().equals(groupOrSectionId));
            default -> false;
        };
    }
}
