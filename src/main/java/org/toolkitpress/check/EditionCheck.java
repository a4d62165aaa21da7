package org.toolkitpress.check;

import java.util.HashMap;
import java.util.Map;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/** Checks the PDFs toolkit.yml declares: unique ids, and sections, audits and responses that exist. */
final class EditionCheck {

    private final Toolkit toolkit;
    private final Diagnostics diagnostics;

    EditionCheck(Toolkit toolkit, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.diagnostics = diagnostics;
    }

    void run() {
        Map<String, SourcePos> seen = new HashMap<>();
        for (Edition edition : toolkit.info().editions()) {
            SourcePos first = edition.id() == null ? null : seen.putIfAbsent(edition.id(), edition.pos());
            if (first != null) {
                diagnostics.error(edition.pos(), "edition id \"" + edition.id() + "\" is used twice (first at line "
                        + first.line() + ")", "each edition is its own file in downloads/");
            }
            switch (edition.kind()) {
                case PAGES -> sections(edition);
                case FORM -> {
                    if (edition.source() != null && !toolkit.audits().containsKey(edition.source())) {
                        diagnostics.error(edition.pos(), "no audit has the id \"" + edition.source() + "\"",
                                "audits are the files in content/data/audits/");
                    }
                }
                case FILLED -> {
                    if (edition.source() != null && !toolkit.responses().containsKey(edition.source())) {
                        diagnostics.error(edition.pos(), "no response has the id \"" + edition.source() + "\"",
                                "responses are the files in content/data/responses/");
                    }
                }
            }
        }
    }

    private void sections(Edition edition) {
        if (edition.sections().isEmpty()) {
            diagnostics.error(edition.pos(), "the edition lists no sections", "name at least one section id of toolkit.yml");
        }
        for (String id : edition.sections()) {
            if (toolkit.info().sections().stream().map(Section::id).noneMatch(id::equals)) {
                diagnostics.error(edition.pos(), "no section has the id \"" + id + "\"",
                        "use one of the ids under `sections:` in toolkit.yml");
            }
        }
    }
}
