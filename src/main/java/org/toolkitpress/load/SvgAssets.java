package org.toolkitpress.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.ContentLink;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;

/**
 * Refuses SVG files that could run or fetch something: a {@code <script>}, an event-handler
 * attribute, a link to anything but a part of the file itself (javascript:, another file,
 * another site), a stylesheet that imports or loads a URL, an external entity. An SVG opened on
 * its own runs its scripts, and both editions publish these files, so every SVG of the content,
 * the brand and the theme is read here.
 */
final class SvgAssets {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL_ENTITY = Pattern.compile("<!ENTITY[^>]*\\b(SYSTEM|PUBLIC)\\b", Pattern.CASE_INSENSITIVE);
    /** An image embedded in the file itself; other data: addresses (HTML, SVG) could carry scripts. */
    private static final Pattern EMBEDDED_IMAGE = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Diagnostics diagnostics;

    private SvgAssets(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Checks every SVG of the content and theme folders and the brand's logo and favicon. */
    static void check(LayeredFiles files, Brand brand, Diagnostics diagnostics) {
        Map<String, Path> svgs = new TreeMap<>();
        for (String folder : new String[] {"content/assets", "content/pages", "templates/assets"}) {
            files.list(folder).forEach((relative, file) -> {
                if (relative.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                    svgs.put(files.displayName(file), file);
                }
            });
        }
        for (Path file : new Path[] {brand.logo() == null ? null : brand.logo().file(), brand.favicon()}) {
            if (file != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                svgs.putIfAbsent(files.displayName(file), file);
            }
        }
        SvgAssets check = new SvgAssets(diagnostics);
        svgs.forEach((display, file) -> {
            String text = SourceText.read(file, display, SourceText.Kind.DATA, diagnostics);
            if (text != null) {
                check.svg(text, display);
            }
        });
    }

    private void svg(String text, String display) {
        Matcher entity = EXTERNAL_ENTITY.matcher(text);
        if (entity.find()) {
            refuse(position(text, display, entity.start()), "the SVG declares an external entity",
                    "remove the <!ENTITY …> declaration: an SVG may not read other files");
        }
        Document document = Parser.xmlParser().setTrackPosition(true).parseInput(text, "");
        for (Element element : document.getAllElements()) {
            if (element == document) {
                continue;
            }
            SourcePos pos = element.sourceRange().isTracked()
                    ? new SourcePos(display, element.sourceRange().start().lineNumber(), element.sourceRange().start().columnNumber())
                    : SourcePos.file(display).at(1, 1);
            String tag = element.normalName();
            if (tag.equals("script") || tag.endsWith(":script")) {
                refuse(pos, "the SVG has a <script>, which is not allowed",
                        "remove it, or export the image again as plain SVG: published images may not run scripts");
            }
            if (tag.equals("style") || tag.endsWith(":style")) {
                style(element.data() + element.text(), pos);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip();
                if (name.startsWith("on")) {
                    refuse(pos, "the SVG has an event-handler attribute \"" + name + "\", which is not allowed",
                            "remove it: published images may not run scripts");
                } else if (name.equals("href") || name.endsWith(":href") || name.equals("src")) {
                    reference(value, pos);
                } else if (name.equals("style")) {
                    style(value, pos);
                }
            }
        }
    }

    /** A reference must stay inside the file: {@code #id}, or an image embedded as data. */
    private void reference(String value, SourcePos pos) {
        String compact = value.replaceAll("[\\s\\p{Cc}]", "");
        if (compact.isEmpty() || compact.startsWith("#") || EMBEDDED_IMAGE.matcher(compact).matches()) {
            return;
        }
        String scheme = ContentLink.refusedScheme(compact);
        if (scheme != null) {
            refuse(pos, "the SVG uses the scheme \"" + scheme + ":\", which is not allowed",
                    "remove the link: published images may not run scripts or load other documents");
            return;
        }
        refuse(pos, "the SVG refers to \"" + shorten(value) + "\", outside the file itself, which is not allowed",
                "an SVG may refer only to its own parts (#id) or embed its images; copy what it needs into the file");
    }

    private void style(String css, SourcePos pos) {
        if (css.toLowerCase(Locale.ROOT).contains("@import")) {
            refuse(pos, "the SVG's style imports another stylesheet, which is not allowed", "copy the rules into the file");
        }
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            reference(url.group(1), pos);
        }
    }

    private void refuse(SourcePos pos, String message, String hint) {
        diagnostics.error(pos, message, hint);
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "…" : value;
    }

    private static SourcePos position(String text, String display, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePos(display, line, offset - lineStart + 1);
    }
}
