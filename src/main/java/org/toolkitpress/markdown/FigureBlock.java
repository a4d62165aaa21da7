package org.toolkitpress.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A figure this edition does not reproduce: {@code ::: figure Caption} … {@code :::}. Its children
 * are the Markdown description of what the figure showed (none when the editor has not written
 * one yet).
 */
final class FigureBlock extends Block {

    private final String caption;
    private final BasedSequence captionChars;
    private boolean closed;

    FigureBlock(BasedSequence chars, String caption, BasedSequence captionChars) {
        super(chars);
        this.caption = caption;
        this.captionChars = captionChars;
    }

    /** The caption where it is written in the source (empty when there is none). */
    BasedSequence captionChars() {
        return captionChars;
    }

    /** The caption as written after {@code ::: figure}, or "" when there is none. */
    String caption() {
        return caption;
    }

    /** Whether a closing {@code :::} line ended the block (else it ran to the end of its container). */
    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    /** Whether the block holds any description (a blank body does not count). */
    boolean hasDescription() {
        return getFirstChild() != null && !getChildChars().isBlank();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
