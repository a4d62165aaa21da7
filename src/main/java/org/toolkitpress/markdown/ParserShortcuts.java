package org.toolkitpress.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two places where flexmark's parser did work a page of prose never needed, each giving the same
 * tree (docs/performance-log.md, "Issue 16: a renderer of our own for pages of prose"):
 * <ul>
 * <li>{@link Tables}: the tables extension tried every paragraph as a table, reading its first
 * line a character at a time through the paragraph's sequence, to find that it holds no
 * {@code |}; a paragraph whose first line holds none is not a table (the extension returns at
 * once for it), so it is not tried, and a document with no such paragraph never makes the
 * extension's pre-processor.
 * <li>{@link InlineParser}: flexmark's inline parser matched a regular expression after every
 * link's closing bracket and took the match with {@code Matcher.toMatchResult()}, which copies
 * the whole paragraph to keep two offsets; this one reads the offsets from the matcher.
 * </ul>
 */
final class ParserShortcuts {

    private ParserShortcuts() {
    }

    /** The tables extension, its paragraph pre-processor given only paragraphs that may be tables. */
    static final class Tables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

        private final TablesExtension tables = TablesExtension.create();

        @Override
        public void parserOptions(MutableDataHolder options) {
            tables.parserOptions(options);
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.paragraphPreProcessorFactory(new MayBeTable(TableParagraphPreProcessor.Factory()));
        }

        @Override
        public void rendererOptions(MutableDataHolder options) {
            tables.rendererOptions(options);
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            tables.extend(builder, rendererType);
        }
    }

    /** Whether a paragraph's first line holds a {@code |}, read in the page's own string when it can be. */
    static boolean firstLineHasPipe(Paragraph paragraph) {
        if (paragraph.getLineCount() == 0) {
            return true;
        }
        BasedSequence line = paragraph.getLineChars(0);
        if (line instanceof SubSequence range && range.getBase() instanceof String page) {
            for (int i = range.getStartOffset(), end = range.getEndOffset(); i < end; i++) {
                if (page.charAt(i) == '|') {
                    return true;
                }
            }
            return false;
        }
        return line.indexOf('|') >= 0;
    }

    private record MayBeTable(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            // The extension's own first test: a first line without a pipe returns 0 and changes nothing.
            // Its pre-processor is made only for a document with such a line: making one formats
            // and compiles a regular expression, for every document parsed, and most pages and
            // nearly all data-file snippets hold no table (docs/performance-log.md, "Start-up, third
            // pass").
            ParagraphPreProcessor[] table = new ParagraphPreProcessor[1];
            return (paragraph, parserState) -> {
                if (!firstLineHasPipe(paragraph)) {
                    return 0;
                }
                if (table[0] == null) {
                    table[0] = tables.apply(state);
                }
                return table[0].preProcessBlock(paragraph, parserState);
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }

    /**
     * Installs {@link InlineParser}. flexmark adds its reference-definition pre-processor only
     * with its own inline parser, so this adds it, last, where flexmark adds it.
     */
    static final class Inline implements Parser.ParserExtension {

        @Override
        public void parserOptions(MutableDataHolder options) {
            // No options of its own.
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customInlineParserFactory(InlineParser::new);
            if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
                builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
            }
        }
    }

    /** flexmark's CommonMark inline parser, whose matches keep offsets rather than a copy of the paragraph. */
    static final class InlineParser extends CommonmarkInlineParser {

        InlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                     Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                     List<InlineParserExtensionFactory> inlineParserExtensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                    inlineParserExtensions);
        }

        @Override
        public BasedSequence match(Pattern re) {
            Matcher matcher = next(re);
            return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
        }

        @Override
        public BasedSequence[] matchWithGroups(Pattern re) {
            Matcher matcher = next(re);
            if (matcher == null) {
                return null;
            }
            BasedSequence[] results = new BasedSequence[matcher.groupCount() + 1];
            results[0] = input.subSequence(matcher.start(), matcher.end());
            for (int i = 1; i < results.length; i++) {
                results[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
            }
            return results;
        }

        /** The next match of {@code re} from {@link #index}, which moves past it; null when there is none. */
        private Matcher next(Pattern re) {
            if (index >= input.length()) {
                return null;
            }
            Matcher matcher = re.matcher(input);
            matcher.region(index, input.length());
            if (!matcher.find()) {
                return null;
            }
            index = matcher.end();
            return matcher;
        }
    }
}
