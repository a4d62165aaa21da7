package org.toolkitpress.check;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Asset;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.SourceMap;
import org.toolkitpress.model.Toolkit;

/**
 * Check: takes a loaded {@link Toolkit}, adds to the diagnostics every broken reference — links
 * and anchors, images and alt text, raw HTML and link schemes outside the allow-list (in pages
 * and in the Markdown of data files and brand.yml alike), unknown components,
 * data files that disagree with each other, PDFs naming what does not exist — and warns about
 * pages due for review, plain {@code http://} links, figure placeholders without a description
 * and characters no print font draws. Reads nothing from disk; {@code today}
 * comes from the build's clock.
 */
public final class Check {

    private Check() {
    }

    public static void toolkit(Toolkit toolkit, LocalDate today, Diagnostics diagnostics) {
        Set<String> assetPaths = new HashSet<>();
        for (Asset asset : toolkit.assets()) {
            assetPaths.add(asset.outputPath().startsWith("assets/") ? asset.outputPath() : "pages/" + asset.outputPath());
        }
        new PageCheck(toolkit, assetPaths, diagnostics).run();
        toolkit.texts().forEach(new MarkdownCheck(diagnostics)::text);
        new DataCheck(toolkit, diagnostics).run();
        new ContinuumCheck(toolkit, diagnostics).run();
        new PrincipleSetCheck(toolkit, diagnostics).run();
        new BrandCheck(toolkit, diagnostics).run();
        new ReviewCheck(toolkit, today, diagnostics).run();
        new FigureCheck(toolkit, diagnostics).run();
        new EditionCheck(toolkit, diagnostics).run();
        new LetterCheck(toolkit, diagnostics).run();
    }

    /**
     * Checks one response that is not part of the toolkit (answers read back from a PDF) against
     * its audit, with the same rules as the toolkit's own responses. The audit must exist.
     */
    public static void answers(Toolkit toolkit, Response response, Diagnostics diagnostics) {
        new DataCheck(toolkit, diagnostics).answers(response, toolkit.audits().get(response.audit()));
        // Answers come from anyone's PDF: held to the rules a response file meets when it is built.
        Markdown markdown = Markdown.create();
        MarkdownCheck rules = new MarkdownCheck(diagnostics);
        response.answers().items().forEach((item, parts) -> parts.parts().forEach((part, value) -> {
            if (!value.number()) {
                rules.text(markdown.parse(value.text(), SourceMap.at(response.at(item, part))));
            }
        }));
        response.closing().values().forEach(text -> rules.text(markdown.parse(text, SourceMap.at(response.pos()))));
    }
}
