package org.toolkitpress.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds stray rules and borders on a PDF's pages from what is drawn there (the paths of the page
 * content, read with PDFBox's {@link PDFGraphicsStreamEngine}), the glyphs printed and the form
 * fields' boxes. All measures are in points, on the page, y up from the foot.
 *
 * <p>A <em>rule</em> is a drawn line or thin filled bar: at most {@value #THIN} pt (2.2 mm)
 * across, at least {@value #LONG} pt (3 mm) long and four times longer than it is thick (the
 * engine draws each border side as a thin filled bar). Anything else drawn — a background, a
 * colour band, a swatch, a radio circle — is an <em>area</em>. The page body is A4 less
 * print.css's margins: 22 mm at the top, 20 mm at the foot. Only what shows counts: each shape is
 * cut to the clipping path it is drawn in (the engine draws a box split by a page break whole on
 * both pages, clipped to each page's body). A rule is <em>stray</em> when it is
 * one of:
 * <ol>
 * <li><b>a cut box</b>: a box whose two sides (vertical rules joined by a horizontal rule, its
 *     top or bottom) run into the body's foot edge (their ends within {@value #EDGE} pt of it)
 *     with no horizontal rule closing them there — a page break cut through a bordered box,
 *     leaving it open at the foot — unless the box could not fit on a page (its sides on this
 *     page and at the same place on the next page together as long as a page body); or, likewise,
 *     a box whose sides start open at the body's top edge — the rest of a box cut on the page
 *     before. (The engine closes a table cell at a break; a table row cut across pages is found
 *     from the tags instead, {@link TableRows}. A single side rule, such as a quotation's, may
 *     run on over a page break.)</li>
 * <li><b>a rule at the foot</b>: a horizontal rule below which nothing at all is printed on the
 *     page, that no vertical rule meets (it closes no box) and that underlines nothing (no glyph
 *     directly above it within {@value #UNDER} pt) — typically the top border of a block whose
 *     content went over to the next page;</li>
 * <li><b>a lone rule</b>: a rule that touches no other rule or area (within {@value #TOUCH} pt)
 *     and has no glyph or form field beside it — along its length and within {@value #BESIDE} pt
 *     (6 mm) of it — a border left without its box or its text.</li>
 * </ol>
 */
final class StrayRules {

    static final float MM = 72 / 25.4f;
    static final float THIN = 6.2f;
    static final float LONG = 8.5f;
    static final float EDGE = 1.5f;
    static final float TOUCH = 1.0f;
    static final float BESIDE = 17f;
    static final float UNDER = 11.3f;
    private static final float TOP_MARGIN = 22 * MM;
    private static final float FOOT_MARGIN = 20 * MM;

    /** A drawn shape's bounds on the page. */
    record Shape(Rectangle2D box, boolean rule) {

        boolean vertical() {
            return box.getHeight() > box.getWidth();
        }

        double x0() {
            return box.getMinX();
        }

        double x1() {
            return box.getMaxX();
        }

        double y0() {
            return box.getMinY();
        }

        double y1() {
            return box.getMaxY();
        }

        String describe() {
            return String.format(java.util.Locale.ROOT, "%s rule at x %.0f–%.0f, y %.0f–%.0f pt",
                    vertical() ? "a vertical" : "a horizontal", x0(), x1(), y0(), y1());
        }
    }

    /** What one page holds: drawn shapes, glyph boxes and form fields' boxes. */
    record Page(float width, float height, List<Shape> shapes, List<Rectangle2D> glyphs, List<Rectangle2D> fields) {

        float foot() {
            return FOOT_MARGIN;
        }

        float top() {
            return height - TOP_MARGIN;
        }

        List<Shape> rules() {
            return shapes.stream().filter(Shape::rule).toList();
        }
    }

    private StrayRules() {
    }

    /** Every stray rule in the document, one line each: its page and what kind it is. */
    static List<String> in(PDDocument pdf) throws IOException {
        List<Page> pages = pages(pdf);
        List<String> stray = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            Page next = i + 1 < pages.size() ? pages.get(i + 1) : null;
            for (Shape rule : page.rules()) {
                String why = why(rule, page, next);
                if (why != null) {
                    stray.add("page " + (i + 1) + ": " + rule.describe() + ": " + why);
                }
            }
        }
        return stray;
    }

    private static String why(Shape rule, Page page, Page next) {
        if (rule.vertical() && Math.abs(rule.y0() - page.foot()) <= EDGE && openBox(rule, rule.y0(), page)
                && fitsOnAPage(rule, page, next)) {
            return "a cut box (its sides run open into the page foot)";
        }
        if (rule.vertical() && Math.abs(rule.y1() - page.top()) <= EDGE && openBox(rule, rule.y1(), page)) {
            return "a cut box (its sides start open at the page top)";
        }
        if (!rule.vertical() && nothingBelow(rule, page) && !closesABox(rule, page) && !underlines(rule, page)) {
            return "a rule at the foot (nothing printed below it)";
        }
        if (page.shapes().stream().noneMatch(other -> other != rule && touches(rule.box(), other.box()))
                && !textBeside(rule, page, BESIDE)) {
            return "a lone rule (no box or text beside it)";
        }
        return null;
    }

    /**
     * Whether {@code side}, cut at height {@code edge}, is one side of a box left open there: no
     * horizontal rule closes it at that end, and a horizontal rule (the box's other end) joins it
     * to another side that ends at the same edge.
     */
    private static boolean openBox(Shape side, double edge, Page page) {
        if (closedAt(side, edge, page)) {
            return false;
        }
        return page.rules().stream().anyMatch(other -> other != side && other.vertical()
                && Math.abs(other.x0() - side.x0()) > LONG
                && (Math.abs(other.y0() - edge) <= EDGE || Math.abs(other.y1() - edge) <= EDGE)
                && page.rules().stream().anyMatch(end -> !end.vertical() && touches(end.box(), side.box())
                        && touches(end.box(), other.box())));
    }

    /** Whether a horizontal rule meets this vertical side at height {@code y} (a box's top or bottom). */
    private static boolean closedAt(Shape side, double y, Page page) {
        return page.rules().stream().anyMatch(other -> !other.vertical()
                && other.y0() <= y + TOUCH && other.y1() >= y - TOUCH
                && other.x0() <= side.x1() + TOUCH && other.x1() >= side.x0() - TOUCH);
    }

    /** Whether this side and the side at the same place on the next page are together shorter than a page body. */
    private static boolean fitsOnAPage(Shape side, Page page, Page next) {
        double rest = next == null ? 0 : next.rules().stream()
                .filter(r -> r.vertical() && Math.abs(r.x0() - side.x0()) <= TOUCH)
                .mapToDouble(r -> r.box().getHeight()).max().orElse(0);
        return side.box().getHeight() + rest < page.top() - page.foot();
    }

    private static boolean touches(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() <= b.getMaxX() + TOUCH && b.getMinX() <= a.getMaxX() + TOUCH
                && a.getMinY() <= b.getMaxY() + TOUCH && b.getMinY() <= a.getMaxY() + TOUCH;
    }

    private static boolean textBeside(Shape rule, Page page, float distance) {
        List<Rectangle2D> marks = new ArrayList<>(page.glyphs());
        marks.addAll(page.fields());
        for (Rectangle2D g : marks) {
            if (rule.vertical()) {
                boolean along = g.getMinY() <= rule.y1() && g.getMaxY() >= rule.y0();
                double gap = Math.max(g.getMinX() - rule.x1(), rule.x0() - g.getMaxX());
                if (along && gap <= distance) {
                    return true;
                }
            } else {
                boolean along = g.getMinX() <= rule.x1() && g.getMaxX() >= rule.x0();
                double gap = Math.max(g.getMinY() - rule.y1(), rule.y0() - g.getMaxY());
                if (along && gap <= distance) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nothingBelow(Shape rule, Page page) {
        double bottom = rule.y0() - TOUCH;
        boolean shape = page.shapes().stream().anyMatch(s -> s != rule && s.y1() < bottom && s.y1() > page.foot() - EDGE);
        boolean glyph = page.glyphs().stream().anyMatch(g -> g.getMaxY() < bottom && g.getMinY() > page.foot() - EDGE);
        boolean field = page.fields().stream().anyMatch(f -> f.getMaxY() < bottom);
        return !shape && !glyph && !field;
    }

    private static boolean closesABox(Shape rule, Page page) {
        return page.rules().stream().anyMatch(other -> other.vertical() && touches(rule.box(), other.box()));
    }

    private static boolean underlines(Shape rule, Page page) {
        return page.glyphs().stream().anyMatch(g -> g.getMinX() <= rule.x1() && g.getMaxX() >= rule.x0()
                && g.getMinY() >= rule.y1() - TOUCH && g.getMinY() - rule.y1() <= UNDER);
    }

    /**
     * The shapes, glyphs and fields of every page. The glyphs come from one text pass over the
     * whole document: a pass per page walked the page tree again for each page and grouped each
     * page's glyphs into lines and words that nothing here reads (docs/performance-log.md,
     * "2 December, 02:00–02:50 UTC: the PDF classes' Java CPU, second pass").
     */
    static List<Page> pages(PDDocument pdf) throws IOException {
        List<List<Rectangle2D>> glyphs = glyphs(pdf);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            PDRectangle media = page.getMediaBox();
            List<Shape> shapes = new ArrayList<>();
            new PathReader(page, shapes).processPage(page);
            List<Rectangle2D> fields = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationWidget widget) {
                    PDRectangle r = widget.getRectangle();
                    fields.add(new Rectangle2D.Double(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()));
                }
            }
            pages.add(new Page(media.getWidth(), media.getHeight(), shapes, glyphs.get(i), fields));
        }
        return pages;
    }

    /** The box of every printed (not blank) glyph, page by page, y up from the foot. */
    private static List<List<Rectangle2D>> glyphs(PDDocument pdf) throws IOException {
        List<List<Rectangle2D>> byPage = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writePage() {
                // Every glyph the stripper kept for the page; its lines and words are not needed.
                float height = getCurrentPage().getMediaBox().getHeight();
                List<Rectangle2D> glyphs = new ArrayList<>();
                for (List<TextPosition> article : getCharactersByArticle()) {
                    for (TextPosition g : article) {
                        if (!g.getUnicode().isBlank()) {
                            // Text positions count down from the top; shapes up from the foot.
                            double top = height - (g.getYDirAdj() - g.getHeightDir());
                            glyphs.add(new Rectangle2D.Double(g.getXDirAdj(), height - g.getYDirAdj(),
                                    g.getWidthDirAdj(), top - (height - g.getYDirAdj())));
                        }
                    }
                }
                while (byPage.size() < getCurrentPageNo() - 1) {
                    byPage.add(List.of());
                }
                byPage.add(glyphs);
            }
        };
        // A glyph drawn again over itself is still a glyph printed there, and every check here
        // asks only whether anything is printed near a rule: the stripper's search for such
        // overdrawn glyphs (sorted maps of positions, for every glyph) is not needed.
        stripper.setSuppressDuplicateOverlappingText(false);
        stripper.getText(pdf);
        // A page without content is never written.
        while (byPage.size() < pdf.getNumberOfPages()) {
            byPage.add(List.of());
        }
        return byPage;
    }

    /** Collects the bounds of every filled or stroked path (and image) of a page's content, in page space. */
    private static final class PathReader extends PDFGraphicsStreamEngine {

        private final List<Shape> shapes;
        private GeneralPath path = new GeneralPath();
        private boolean clipping;

        PathReader(PDPage page, List<Shape> shapes) {
            super(page);
            this.shapes = shapes;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.moveTo(p0.getX(), p0.getY());
            path.lineTo(p1.getX(), p1.getY());
            path.lineTo(p2.getX(), p2.getY());
            path.lineTo(p3.getX(), p3.getY());
            path.closePath();
        }

        @Override
        public void drawImage(PDImage image) {
            var m = getGraphicsState().getCurrentTransformationMatrix();
            Rectangle2D b = new Rectangle2D.Double(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), m.getScalingFactorY())
                    .createIntersection(getGraphicsState().getCurrentClippingPath().getBounds2D());
            if (b.getWidth() > 0 && b.getHeight() > 0) {
                shapes.add(new Shape(b, false));
            }
        }

        @Override
        public void clip(int windingRule) {
            // The path becomes the clip when it is ended (W n), as PDFBox's own renderer does it.
            clipping = true;
        }

        @Override
        public void moveTo(float x, float y) {
            path.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.lineTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.getCurrentPoint();
        }

        @Override
        public void closePath() {
            path.closePath();
        }

        @Override
        public void endPath() {
            clip();
            path = new GeneralPath();
        }

        private void clip() {
            if (clipping) {
                getGraphicsState().intersectClippingPath(new GeneralPath(path));
                clipping = false;
            }
        }

        @Override
        public void strokePath() {
            double width = getGraphicsState().getLineWidth()
                    * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX();
            Rectangle2D b = path.getBounds2D();
            add(new Rectangle2D.Double(b.getX() - width / 2, b.getY() - width / 2, b.getWidth() + width, b.getHeight() + width));
        }

        @Override
        public void fillPath(int windingRule) {
            add(path.getBounds2D());
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // No shading is drawn by the engine for our stylesheets.
        }

        private void add(Rectangle2D drawn) {
            clip();
            path = new GeneralPath();
            // Only the part inside the clip shows.
            Rectangle2D b = drawn.createIntersection(getGraphicsState().getCurrentClippingPath().getBounds2D());
            if (b.getWidth() <= 0 || b.getHeight() <= 0) {
                return;
            }
            double thin = Math.min(b.getWidth(), b.getHeight());
            double length = Math.max(b.getWidth(), b.getHeight());
            boolean rule = thin <= THIN && length >= LONG && length >= 4 * thin;
            shapes.add(new Shape(b, rule));
        }
    }
}
