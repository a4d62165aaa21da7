package org.toolkitpress.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Letter;
import org.toolkitpress.model.PrintFonts;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.view.FormView;

/**
 * The answers a filled form prints as page text, not in a field: the school's name and the date,
 * which {@code toolkit fill} repeats in the running head of every page and on the cover
 * ({@code AuditForm.answeredBy}). Page text is set in the print edition's faces (the reading face,
 * then each fallback of templates/fonts.yml), by the rule the check stage warns by
 * ({@link PrintFonts#draws}, {@link Letter#drawn}); a character none of them has prints as "#"
 * there. The field in "About this audit" is drawn in the form font by {@link FieldLetters}'s rule
 * and warned about as every other field; this names what the head cannot print. Both warnings
 * are given at the answer's place in the response file ({@link #where}).
 */
final class HeadLetters {

    private HeadLetters() {
    }

    /** The header answers the running head prints whose characters no print face has, each with where it was written. */
    static List<Unprinted> of(Toolkit toolkit, Response response) {
        Audit audit = response == null ? null : toolkit.audits().get(response.audit());
        PrintFonts fonts = toolkit.fonts();
        if (audit == null || fonts.isNone()) {
            return List.of();
        }
        String head = FormView.of(audit, toolkit, response).answeredBy();
        List<Unprinted> out = new ArrayList<>();
        for (Map.Entry<String, String> answer : response.header().entrySet()) {
            String value = answer.getValue().strip();
            if (value.isEmpty() || !head.contains(value)) {
                continue;
            }
            Set<String> missing = new LinkedHashSet<>();
            value.codePoints().filter(c -> Letter.drawn(c) && !fonts.draws(c, false))
                    .forEach(c -> missing.add(Character.toString(c)));
            if (!missing.isEmpty()) {
                SourcePos pos = response.positions().getOrDefault("header/" + answer.getKey(), response.pos());
                out.add(new Unprinted(answer.getKey(), value, List.copyOf(missing), pos));
            }
        }
        return out;
    }

    /**
     * Where a field's answer was written in the response file: {@code audit.item.part} at its item
     * and part, {@code audit.header.id} at its header key; the file itself for the rest (closing
     * notes and plan rows, whose positions the response does not keep).
     */
    static SourcePos where(Response response, String field) {
        String[] name = field.split("\\.", 3);
        if (name.length < 3) {
            return response.pos();
        }
        return name[1].equals("header") ? response.positions().getOrDefault("header/" + name[2], response.pos())
                : response.at(name[1], name[2]);
    }
}
