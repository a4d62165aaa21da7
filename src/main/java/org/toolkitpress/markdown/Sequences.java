package org.toolkitpress.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Reading flexmark's character sequences without going through them a character at a time: a
 * piece of a parsed page is a range of the page's own string, which the JDK copies in one go.
 */
final class Sequences {

    private Sequences() {
    }

    /**
     * The characters of {@code chars} as a string, copied from the page's string when they are one
     * range of it and hold no NUL (which flexmark reads as U+FFFD); otherwise null.
     */
    static String plain(BasedSequence chars) {
        if (chars instanceof SubSequence range && range.getBase() instanceof String base) {
            String text = base.substring(range.getStartOffset(), range.getEndOffset());
            return text.indexOf('\0') < 0 ? text : null;
        }
        return null;
    }
}
