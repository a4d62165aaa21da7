package org.toolkitpress.search;

import org.toolkitpress.model.Wording;

/**
 * One thing a search can find, as the results list shows it.
 *
 * @param title   matched above the text: a page's, heading's, stage's, principle's title or a question
 * @param context where it sits, shown under the title (the section, the page, the audit)
 * @param url     from the site root, with the fragment of its element on the page
 * @param text    the plain text under the title
 */
record Entry(Kind kind, String title, String context, String url, String text) {

    /** What the entry is; the browser names it with {@link #label}. */
    enum Kind {
        PAGE, HEADING, CONTINUUM, STAGE, PRINCIPLES, PRINCIPLE, AUDIT, QUESTION;

        /**
         * The name a result of this kind shows beside its title, in the interface strings
         * ({@code search-result.kind.*}); a page or a heading shows none.
         */
        String label(Wording wording) {
            return switch (this) {
                case PAGE, HEADING -> "";
                case CONTINUUM -> wording.text("search-result.kind.continuum");
                case STAGE -> wording.text("search-result.kind.stage");
                case PRINCIPLES -> wording.text("search-result.kind.principles");
                case PRINCIPLE -> wording.text("search-result.kind.principle");
                case AUDIT -> wording.text("search-result.kind.audit");
                case QUESTION -> wording.text("search-result.kind.question");
            };
        }

        /** Every kind's label, looked up once for a whole index. */
        static java.util.Map<Kind, String> labels(Wording wording) {
            java.util.Map<Kind, String> labels = new java.util.EnumMap<>(Kind.class);
            for (Kind kind : values()) {
                labels.put(kind, kind.label(wording));
            }
            return labels;
        }
    }
}
