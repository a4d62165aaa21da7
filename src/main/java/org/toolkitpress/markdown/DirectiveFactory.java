package org.toolkitpress.markdown;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * A factory for a {@code :::} directive's block parser: independent of every other block parser,
 * and reading the directive from the current line.
 */
abstract class DirectiveFactory implements CustomBlockParserFactory {

    /** The current line from its first non-space character, without the line end; null when indented as code. */
    static BasedSequence directive(ParserState state) {
        if (state.getIndent() >= 4) {
            return null;
        }
        return state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
