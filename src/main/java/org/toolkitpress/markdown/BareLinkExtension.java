package org.toolkitpress.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Bare web and email addresses become links, exactly as flexmark's autolink extension makes
 * them, but text that cannot hold one is not searched. The extension runs its link scanner and
 * a regular expression over every piece of text; on a page of prose that was an eighth of a
 * build's time (docs/performance-log.md, "Side by side with Hugo"), for a handful of links in a
 * whole site.
 */
final class BareLinkExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        // No options of its own: the autolink extension's defaults.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /**
     * Whether text could hold an address the autolink extension links: a URL needs {@code ://},
     * an email address {@code @}, a web address {@code www}. It looks for them after undoing
     * entities ({@code &}), backslash escapes and the editor placeholder U+001F, so text holding
     * any of those is searched too.
     */
    static boolean mayHoldAddress(CharSequence text) {
        if (text instanceof SubSequence range && range.getBase() instanceof String base) {
            // Every piece of text passes here: read in the page's own string, not through the
            // sequence. (The sequence reads NUL as U+FFFD; neither is a character looked for.)
            char[] chars = new char[range.getEndOffset() - range.getStartOffset()];
            base.getChars(range.getStartOffset(), range.getEndOffset(), chars, 0);
            return mayHoldAddress(chars);
        }
        return mayHoldAddress(text.toString().toCharArray());
    }

    /**
     * Whether a whole Markdown text could hold an address: when it cannot, no text node parsed from
     * it can either (a text node's characters are a run of one line of it), so the processor would
     * change nothing and need not be registered at all ({@link Markdown#parserFor}).
     */
    static boolean mayHoldAddress(String text) {
        return mayHoldAddress(text.toCharArray());
    }

    /**
     * The rule itself, over an array: every character of every page passes here, and a page
     * holding one character outside Latin-1 is UTF-16, where each {@code charAt} is a checked call.
     */
    private static boolean mayHoldAddress(char[] chars) {
        for (int i = 0, to = chars.length; i < to; i++) {
            char c = chars[i];
            if (c == '@' || c == '&' || c == '\\' || c == '\u001f'
                    || c == ':' && i + 2 < to && chars[i + 1] == '/' && chars[i + 2] == '/'
                    || (c == 'w' || c == 'W') && i + 2 < to
                    && Character.toLowerCase(chars[i + 1]) == 'w' && Character.toLowerCase(chars[i + 2]) == 'w') {
                return true;
            }
        }
        return false;
    }

    /** The autolink extension's processor, given only text whose block could hold an address. */
    private static final class Factory extends NodePostProcessorFactory {

        private final AutolinkNodePostProcessor.Factory autolink = new AutolinkNodePostProcessor.Factory();

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private Node parent;
                private boolean searched;
                /**
                 * Made for the first text that could hold an address: making one builds the
                 * extension's link extractor, for every document parsed, and most hold no address.
                 */
                private NodePostProcessor linker;

                @Override
                public void process(NodeTracker state, Node node) {
                    // The linker joins a text with the texts and entities after it under the same
                    // parent, so those children of the parent are what must be free of addresses.
                    if (node.getParent() == null || node.getParent() != parent) {
                        parent = node.getParent();
                        searched = false;
                        for (Node child = parent == null ? node : parent.getFirstChild(); child != null && !searched;
                             child = parent == null ? null : child.getNext()) {
                            searched = (child instanceof Text || child instanceof TypographicText
                                    || child instanceof HtmlEntity) && mayHoldAddress(child.getChars());
                        }
                    }
                    if (searched) {
                        if (linker == null) {
                            linker = autolink.apply(document);
                        }
                        linker.process(state, node);
                    }
                }
            };
        }
    }
}
