package org.toolkitpress.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a figure placeholder: an opening line {@code ::: figure} with the caption after it, the
 * description as ordinary Markdown on the lines below, and a closing line {@code :::}. Without a
 * closing line the figure runs to the end of the enclosing block, as a fenced code block does, and
 * the check reports it.
 */
final class FigureBlockParser extends AbstractBlockParser {

    static final Pattern OPENING = Pattern.compile("^:::[ \\t]+figure(?:[ \\t]+(.*?))?[ \\t]*$");
    static final Pattern CLOSING = Pattern.compile("^:::[ \\t]*$");

    private final FigureBlock block;
    private boolean closed;

    private FigureBlockParser(FigureBlock block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return !closed;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        BasedSequence rest = DirectiveFactory.directive(state);
        if (rest != null && CLOSING.matcher(rest).matches()) {
            closed = true;
            block.close();
            return BlockContinue.atIndex(state.getLineEndIndex());
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    static final class Factory extends DirectiveFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    BasedSequence rest = directive(state);
                    Matcher m = rest == null ? null : OPENING.matcher(rest);
                    if (m == null || !m.matches()) {
                        return BlockStart.none();
                    }
                    FigureBlock node = new FigureBlock(rest, m.group(1) == null ? "" : m.group(1).strip(),
                            m.group(1) == null ? BasedSequence.NULL : rest.subSequence(m.start(1), m.end(1)));
                    return BlockStart.of(new FigureBlockParser(node)).atIndex(state.getLineEndIndex());
                }
            };
        }
    }
}
