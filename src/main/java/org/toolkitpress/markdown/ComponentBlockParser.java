package org.toolkitpress.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
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
 * Parses a line {@code ::: kind id} into a {@link ComponentBlock}. The directive is a single
 * line, so the block closes at once; malformed directives fall through to a paragraph and the
 * loader reports them.
 */
final class ComponentBlockParser extends AbstractBlockParser {

    static final Pattern DIRECTIVE = Pattern.compile("^:::[ \\t]+(\\S+)[ \\t]+(\\S+)[ \\t]*$");

    private final ComponentBlock block;

    private ComponentBlockParser(ComponentBlock block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
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
                    Matcher m = rest == null ? null : DIRECTIVE.matcher(rest);
                    if (m == null || !m.matches() || m.group(1).equals("figure")) {
                        // `::: figure Caption` is a figure placeholder (FigureBlockParser), whatever its caption.
                        return BlockStart.none();
                    }
                    ComponentBlock node = new ComponentBlock(rest, m.group(1), m.group(2));
                    return BlockStart.of(new ComponentBlockParser(node)).atIndex(state.getLineEndIndex());
                }
            };
        }
    }
}
