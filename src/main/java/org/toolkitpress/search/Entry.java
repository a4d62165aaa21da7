package org.toolkitpress.search;

/**
 * One thing a search can find, as the results list shows it.
 *
 * @param title   matched above the text: a page's, heading's, stage's, principle's title or a question
 * @param context where it sits, shown under the title (the section, the page, the audit)
 * @param url     from the site root, with the fragment of its element on the page
 * @param text    the plain text under the title
 */
record Entry(Kind kind, String title, String context, String url, String text) {

    /** What the entry is; the browser names it with {@link #label()}. */
    enum Kind {
        PAGE(""), HEADING(""), CONTINUUM("Continuum"), STAGE("Continuum stage"), PRINCIPLES("Principles"),
        PRINCIPLE("Principle"), AUDIT("Audit"), QUESTION("Audit question");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
