package org.toolkitpress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts an item is answered in — the last segment of its field names
 * {@code <audit>.<item>.<part>}: a distribution's stage ids, {@code choice}, {@code score} or {@code text},
 * then the item's named parts ({@link Audit.Part}), then {@code evidence} when the audit keeps
 * evidence per item. With assessment points, a choice or score and every rating part answered
 * per point appear once per point as {@code <part>@<point>}, in the points' order.
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
                case CHOICE -> parts.addAll(atPoints(audit, CHOICE, true));
                case SCORE -> parts.addAll(atPoints(audit, SCORE, true));
                case TEXT -> parts.add(TEXT);
            }
        }
        for (Audit.Part part : item.parts()) {
            parts.addAll(atPoints(audit, part.id(), part.perPoint()));
        }
        if (audit.evidence() != null && "item".equals(audit.evidence().per())) {
            parts.add(EVIDENCE);
        }
        return parts;
    }

    /** The key of a part: itself, or once per assessment point ({@code part@point}) when it is answered per point. */
    public static List<String> atPoints(Audit audit, String part, boolean perPoint) {
        if (!perPoint || !audit.hasAssessmentPoints()) {
            return List.of(part);
        }
        return audit.assessmentPoints().stream().map(p -> FieldName.keyAt(part, p.id())).toList();
    }

    /** The header key of an assessment point's date ({@code date@<point>}). */
    public static String pointDate(Audit.AssessmentPoint point) {
        return FieldName.keyAt(FieldName.POINT_DATE, point.id());
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
