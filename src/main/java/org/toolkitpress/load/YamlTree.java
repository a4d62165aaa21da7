package org.toolkitpress.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.yaml.snakeyaml.LoaderOptions;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourceMap;
import org.toolkitpress.model.SourcePos;

/**
 * A YAML document read into a JSON tree that remembers where each key and list item was
 * written, so any later check can point at the exact line. Duplicate keys are reported, never
 * silently last-wins.
 *
 * @param positions JSON Pointer ({@code /sections/0/items/2}) to the position of the key or item
 * @param values    JSON Pointer to where each text value starts (its first character, quote or {@code |})
 * @param sources   the text of each file the tree was read from, by path, to place a character of a value
 */
record YamlTree(JsonNode root, Map<String, SourcePos> positions, Map<String, SourcePos> values,
                Map<String, YamlText> sources, SourcePos file) {

    /**
     * The files' size limits ({@link SourceText}) and {@link #MAX_DEPTH} are the limits an editor
     * sees, with a located message; the parser's own (3 MB of code points, 1,000 levels) would
     * stop with a message about something else, so they are lifted past ours.
     */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CONTEXT_MARK = Pattern.compile("line (\\d+), column (\\d+)");
    /** How deep mappings and lists may nest: far beyond any data file, well short of the parser's own stop. */
    static final int MAX_DEPTH = 32;

    /** The JSON Pointer of a key inside the mapping at {@code pointer} ("~" and "/" escaped, RFC 6901). */
    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The key a JSON Pointer's last part names, unescaped. */
    static String key(String part) {
        return part.replace("~1", "/").replace("~0", "~");
    }

    /** The position of a pointer, or of its nearest parent that has one, or the file. */
    SourcePos at(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            SourcePos pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return file.line() > 0 ? file : file.at(1, 1);
            }
        }
    }

    /**
     * Where each character of the text value at {@code pointer} was written; the key's position
     * for every character when the value's own place is not known.
     */
    SourceMap textAt(String pointer) {
        SourcePos start = values.get(pointer);
        YamlText source = start == null ? null : sources.get(start.path());
        JsonNode value = root.at(pointer);
        if (source == null || !value.isValueNode()) {
            return SourceMap.at(at(pointer));
        }
        return source.map(start, value.asText());
    }

    /**
     * Reports every text value that breaks the Markdown nesting or table limits, at its key: any
     * text in a data file may be shown as Markdown, and a refused one must not reach a renderer.
     */
    void checkMarkdown(Markdown markdown, Diagnostics diagnostics) {
        checkMarkdown(root, "", markdown, diagnostics);
    }

    private void checkMarkdown(JsonNode node, String pointer, Markdown markdown, Diagnostics diagnostics) {
        if (node.isTextual()) {
            markdown.checkLimits(node.textValue(), at(pointer), diagnostics);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkMarkdown(node.get(i), pointer + "/" + i, markdown, diagnostics);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> checkMarkdown(e.getValue(),
                    child(pointer, e.getKey()), markdown, diagnostics));
        }
    }

    /**
     * Reads YAML text. {@code lineOffset} is added to every line (front matter starts below the
     * opening {@code ---}). Returns null, with a diagnostic, when the YAML is malformed.
     */
    static YamlTree read(String text, String path, int lineOffset, Diagnostics diagnostics) {
        Map<String, SourcePos> positions = new HashMap<>();
        Map<String, SourcePos> values = new HashMap<>();
        Map<String, YamlText> sources = Map.of(path, new YamlText(path, text, lineOffset));
        SourcePos file = new SourcePos(path, 1 + lineOffset, 1);
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlTree(NODES.objectNode(), positions, values, sources, file);
            }
            Reader reader = new Reader(parser, text, path, lineOffset, positions, values, diagnostics);
            return new YamlTree(reader.value(""), positions, values, sources, file);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 1 : Math.max(1, where.getLineNr());
            int column = where == null ? 1 : Math.max(1, where.getColumnNr());
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            Matcher context = CONTEXT_MARK.matcher(message);
            if (message.startsWith("while scanning") && context.find()) {
                // "while scanning a quoted scalar": the place the scalar began is the useful one.
                // Not "while parsing a block mapping": that place is where the mapping began, lines
                // above the line out of place, which is where SnakeYAML stopped.
                line = Integer.parseInt(context.group(1));
                column = Integer.parseInt(context.group(2));
            }
            YamlSlips.Slip slip = YamlSlips.find(text, line, message);
            if (slip != null) {
                diagnostics.error(new SourcePos(path, slip.line() + lineOffset, slip.column()),
                        "malformed YAML: " + slip.message(), slip.hint());
                return null;
            }
            Problem problem = problem(message);
            diagnostics.error(new SourcePos(path, line + lineOffset, column), "malformed YAML: " + problem.message(), problem.hint());
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** SnakeYAML's "expected ',' or '}', but got ?" inside a flow mapping or sequence. */
    private static final Pattern FLOW_PUNCTUATION = Pattern.compile("expected ',' or '([}\\]])', but got (\\S+)");

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    /** What went wrong in an editor's words, and what to do about it. */
    private record Problem(String message, String hint) {

        /** A problem whose fix is one of the two mistakes most YAML errors come from. */
        Problem(String message) {
            this(message, "check the indentation, and put quotes around text that contains \": \" or starts with a special character");
        }
    }

    /**
     * SnakeYAML's explanation without its excerpts: "found X while scanning Y"; the mistakes an
     * editor makes most (a line out of line, an unquoted ": ", a tab) in plain words instead,
     * each with the hint that fixes it.
     */
    private static Problem problem(String message) {
        List<String> statements = message.lines()
                .filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.startsWith("\t"))
                .map(String::strip).toList();
        if (statements.isEmpty()) {
            return new Problem("the YAML cannot be read");
        }
        String said = String.join(" ", statements);
        if (said.contains("expected <block end>, but found")) {
            return new Problem("this line is not lined up with the lines it belongs with",
                    "start it in the same column as the lines it belongs with: the keys of one item under each other,"
                            + " `- id: q1` then `  text: …` under the `id`");
        }
        if (said.startsWith("mapping values are not allowed here")) {
            return new Problem("a \": \" YAML did not expect here: this line is indented further than the one above it,"
                    + " or a value holds \": \" and needs quotes around it",
                    "put quotes around a value that holds \": \" (title: \"Toolkit 1: Audit\"), or indent the line like the one above it");
        }
        Matcher flow = FLOW_PUNCTUATION.matcher(said);
        if (flow.find()) {
            // A value inside { … } or [ … ] on one line may not hold "?", ",", ":" and the like
            // unquoted; SnakeYAML's own words ("expected ',' or '}', but got ?") do not say so.
            String close = flow.group(1);
            String pair = close.equals("}") ? "{ " + close : "[ " + close;
            return new Problem("\"" + flow.group(2) + "\" inside " + pair + " on one line is read as YAML punctuation:"
                    + " put quotes around the value that holds it, e.g. label: \"What do we notice?\"",
                    "if the " + pair.charAt(0) + " is never closed, add " + close + " where its values end");
        }
        if (said.contains("Do not use \\t(TAB) for indentation")) {
            return new Problem("a tab is used to indent this line: YAML needs spaces",
                    "indent with spaces; most editors have a setting to type spaces for the Tab key");
        }
        if (statements.size() > 1 && statements.get(0).startsWith("while ")) {
            return new Problem(statements.get(1) + " " + statements.get(0));
        }
        return new Problem(statements.get(0));
    }

    private record Reader(JsonParser parser, String text, int[] lineStarts, String path, int lineOffset,
                          Map<String, SourcePos> positions, Map<String, SourcePos> values, Diagnostics diagnostics) {

        Reader(JsonParser parser, String text, String path, int lineOffset, Map<String, SourcePos> positions,
               Map<String, SourcePos> values, Diagnostics diagnostics) {
            this(parser, text, IntStream.concat(IntStream.of(0), IntStream.range(0, text.length())
                    .filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray(), path, lineOffset, positions,
                    values, diagnostics);
        }

        JsonNode value(String pointer) throws IOException {
            JsonToken token = parser.currentToken();
            refuseAnchors();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
                    && parser.getParsingContext().getNestingDepth() > MAX_DEPTH) {
                diagnostics.error(pos(parser.currentTokenLocation()), "the YAML nests more than " + MAX_DEPTH
                        + " mappings and lists inside one another", "flatten the data; no data file needs this depth");
                parser.skipChildren();
                return NODES.nullNode();
            }
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        SourcePos pos = pos(parser.currentTokenLocation());
                        String child = child(pointer, name);
                        parser.nextToken();
                        JsonNode value = value(child);
                        if (object.has(name)) {
                            diagnostics.error(pos, "key \"" + name + "\" is written twice (first at line "
                                    + positions.get(child).line() + ")", "remove one of them");
                        } else {
                            positions.put(child, pos);
                            object.set(name, value);
                        }
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = NODES.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        String child = pointer + "/" + index++;
                        positions.put(child, pos(parser.currentTokenLocation()));
                        array.add(value(child));
                    }
                    return array;
                }
                case VALUE_STRING -> {
                    values.put(pointer, pos(parser.currentTokenLocation()));
                    return NODES.textNode(parser.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return NODES.numberNode(parser.getLongValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    return NODES.numberNode(parser.getDecimalValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> {
                    return NODES.textNode(parser.getText());
                }
            }
        }

        /**
         * Refuses YAML anchors ({@code &name}) and aliases ({@code *name}). The YAML reader hands
         * an alias back as the anchor's name, not its value ({@code summary: *t} would publish
         * "t"), and even resolved, a value written once but read in many places could not be
         * pointed at where it is used, nor could a merge key ({@code <<: *base}) be schema-checked
         * as written. Every value is written out where it applies.
         */
        private void refuseAnchors() throws IOException {
            JsonLocation where = parser.currentTokenLocation();
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                diagnostics.error(pos(where), "YAML aliases (*" + parser.getText() + ") are not supported",
                        "write the value out in full here instead of referring to an anchor");
                return;
            }
            // Jackson reports anchors on mappings and lists only; a scalar's anchor shows in the text.
            String anchor = parser.getObjectId() != null ? parser.getObjectId().toString() : anchorAt(where);
            if (anchor != null) {
                diagnostics.error(pos(where), "YAML anchors (&" + anchor + ") are not supported",
                        "remove the anchor and write the value out in full wherever it is needed");
            }
        }

        /** The name of the anchor written at a location (line and column count code points), or null. */
        private String anchorAt(JsonLocation where) {
            int line = where.getLineNr();
            if (line < 1 || line > lineStarts.length || where.getColumnNr() < 1) {
                return null;
            }
            try {
                int at = text.offsetByCodePoints(lineStarts[line - 1], where.getColumnNr() - 1);
                if (at >= text.length() || text.charAt(at) != '&') {
                    return null;
                }
                int end = at + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",[]{}".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                return text.substring(at + 1, end);
            } catch (IndexOutOfBoundsException e) {
                return null;
            }
        }

        SourcePos pos(JsonLocation location) {
            return new SourcePos(path, location.getLineNr() + lineOffset, location.getColumnNr());
        }
    }
}
