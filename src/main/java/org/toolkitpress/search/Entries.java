package org.toolkitpress.search;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.FieldName;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.PrincipleSet;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.view.SiteMap;

/**
 * What a search can find, read from the content model (never from the built HTML): every page in
 * reading order, its sections under level 2 and 3 headings, and the continua, principles and
 * audits it embeds, each linked to its element on the page. Data embedded on several pages is
 * found on the first.
 */
final class Entries {

    private final Markdown markdown;
    private final Toolkit toolkit;
    private final Map<String, String> sectionTitles;
    private final Set<String> embedded = new HashSet<>();

    private Entries(Toolkit toolkit, Markdown markdown) {
        this.toolkit = toolkit;
        this.markdown = markdown;
        this.sectionTitles = toolkit.info().sections().stream()
                .collect(Collectors.toMap(Section::id, Section::title, (a, b) -> a));
    }

    static List<Group> of(Toolkit toolkit, Markdown markdown) {
        Entries entries = new Entries(toolkit, markdown);
        List<Page> reading = SiteMap.of(toolkit).reading();
        // A page's own text is read on every core; what it embeds is added in reading order,
        // since data embedded on several pages is found on the first.
        List<List<Entry>> texts = reading.parallelStream().map(entries::text).toList();
        List<Group> groups = new ArrayList<>(reading.size());
        for (int i = 0; i < reading.size(); i++) {
            groups.add(entries.group(reading.get(i), texts.get(i)));
        }
        return groups;
    }

    /** A page's entry and its sections' entries, from its own text. */
    private List<Entry> text(Page page) {
        List<Entry> out = new ArrayList<>();
        String title = page.title() == null ? "" : page.title();
        String url = page.url();
        // The page's own entry holds its summary and the text before its first section heading.
        StringBuilder text = new StringBuilder(page.front().summary() == null ? "" : page.front().summary());
        String heading = null;
        String anchor = null;
        for (Node node : page.body().ast().getChildren()) {
            if (node instanceof Heading h && h.getLevel() <= 3) {
                out.add(heading == null ? new Entry(Entry.Kind.PAGE, title, sectionTitles.getOrDefault(page.section(), ""), url, clean(text))
                        : new Entry(Entry.Kind.HEADING, heading, title, url + "#" + anchor, clean(text)));
                heading = plain(h);
                anchor = h.getAnchorRefId();
                text.setLength(0);
            } else {
                text.append(' ').append(plain(node));
            }
        }
        out.add(heading == null ? new Entry(Entry.Kind.PAGE, title, sectionTitles.getOrDefault(page.section(), ""), url, clean(text))
                : new Entry(Entry.Kind.HEADING, heading, title, url + "#" + anchor, clean(text)));
        return out;
    }

    /** The page's group: its text's entries, then those of the data it is the first to embed. */
    private Group group(Page page, List<Entry> text) {
        List<Entry> out = new ArrayList<>(text);
        String title = page.title() == null ? "" : page.title();
        String url = page.url();
        Set<String> audits = new LinkedHashSet<>();
        for (ComponentRef ref : page.body().components()) {
            if (!embedded.add(ref.kind() + "/" + ref.id())) {
                continue;
            }
            switch (ref.kind()) {
                case "continuum" -> continuum(toolkit.continua().get(ref.id()), title, url, out);
                case "principles" -> principles(toolkit.principleSets().get(ref.id()), title, url, out);
                case "audit" -> {
                    Audit audit = toolkit.audits().get(ref.id());
                    if (audit != null) {
                        audits.add(audit.id());
                        audit(audit, title, url, out);
                    }
                }
                default -> { }
            }
        }
        return new Group(page.section(), Set.copyOf(audits), List.copyOf(out));
    }

    private void continuum(Continuum c, String page, String url, List<Entry> out) {
        if (c == null) {
            return;
        }
        String at = url + "#continuum-" + c.id();
        out.add(new Entry(Entry.Kind.CONTINUUM, c.title(), page, at,
                join(md(c.caption()), md(c.intro()), md(c.after()), String.join(" ", c.evidencedThrough().stream().map(this::md).toList()))));
        for (Continuum.Stage stage : c.stages()) {
            List<String> parts = new ArrayList<>();
            parts.add(stage.meaning() == null ? "" : stage.meaning());
            for (Continuum.Aspect aspect : c.aspects()) {
                String cell = md(aspect.cells().get(stage.id()));
                if (!cell.isEmpty()) {
                    parts.add(aspect.label() == null ? cell : aspect.label() + ": " + cell);
                }
            }
            out.add(new Entry(Entry.Kind.STAGE, stage.label(), c.title(), at, join(parts.toArray(String[]::new))));
        }
    }

    private void principles(PrincipleSet set, String page, String url, List<Entry> out) {
        if (set == null) {
            return;
        }
        out.add(new Entry(Entry.Kind.PRINCIPLES, set.title(), page, url + "#principles-" + set.id(), md(set.intro())));
        for (PrincipleSet.Principle p : set.principles()) {
            List<String> parts = new ArrayList<>();
            for (PrincipleSet.Shown shown : p.shown(set.layout())) {
                PrincipleSet.Value v = shown.value();
                if (v.text() != null) {
                    parts.add(md(v.text()));
                } else if (v.items() != null) {
                    v.items().forEach(item -> parts.add(md(item)));
                } else if (v.quote() != null) {
                    parts.add(md(v.quote().text()));
                    parts.add(md(v.quote().attribution()));
                }
            }
            out.add(new Entry(Entry.Kind.PRINCIPLE, p.title(), set.title(), url + "#principle-" + p.id(),
                    join(parts.toArray(String[]::new))));
        }
    }

    private void audit(Audit audit, String page, String url, List<Entry> out) {
        List<String> about = new ArrayList<>(List.of(md(audit.intro()), md(audit.advice())));
        audit.definitions().forEach(d -> about.add(d.term() + " " + md(d.meaning())));
        out.add(new Entry(Entry.Kind.AUDIT, audit.title(), page, url + "#audit-" + audit.id(), join(about.toArray(String[]::new))));
        for (Audit.Section section : audit.sections()) {
            String where = audit.title() + " › " + section.title();
            for (Audit.Item item : section.allItems()) {
                String descriptors = String.join(" ", item.descriptors().values().stream().map(this::md).toList());
                // The item's fieldset on the web form has the item's owner id (FormView), the link's target.
                out.add(new Entry(Entry.Kind.QUESTION, md(item.text()), where,
                        url + "#" + FieldName.ownerId(audit.id(), item.id()), descriptors));
            }
        }
    }

    /** The plain text of Markdown written in a data file. */
    private String md(String markdownText) {
        if (markdownText == null || markdownText.isBlank()) {
            return "";
        }
        return clean(plain(markdown.parse(markdownText, "search").ast()));
    }

    private static String plain(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    private static String join(String... parts) {
        return clean(String.join(" ", parts));
    }

    /**
     * Runs of white space ({@code \s}: space, tab, line breaks, vertical tab, form feed) as one
     * space, stripped. By hand: a regular expression here was a fifth of writing the index; and
     * over the characters in an array, since a String's or StringBuilder's checks each index.
     */
    private static String clean(String text) {
        char[] chars = text.toCharArray();
        return clean(chars, chars.length);
    }

    private static String clean(StringBuilder text) {
        char[] chars = new char[text.length()];
        text.getChars(0, chars.length, chars, 0);
        return clean(chars, chars.length);
    }

    /** Cleans {@code chars[0, length)} in place. */
    private static String clean(char[] chars, int length) {
        int out = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    chars[out++] = ' ';
                    space = false;
                }
                chars[out++] = c;
            }
        }
        if (space) {
            chars[out++] = ' ';
        }
        return new String(chars, 0, out).strip();
    }
}
