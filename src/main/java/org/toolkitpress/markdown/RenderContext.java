package org.toolkitpress.markdown;

import org.toolkitpress.model.ComponentRef;

/**
 * What an edition supplies when it renders Markdown: where links and images point from the page
 * being rendered, and the HTML for an embedded component.
 */
public interface RenderContext {

    /** The href for a link as written in the source (external, anchor or source path). */
    String linkHref(String target);

    /** The src for an image as written in the source. */
    String imageSource(String source);

    /** The already-escaped HTML of an embedded component. */
    String component(ComponentRef ref);

    /**
     * The accessible name of the link from footnote {@code number} back to where it is referred
     * to ("Back to reference 1"), which shows only "↩"; null for none (an edition without
     * back-links: print removes them).
     */
    default String footnoteBack(int number) {
        return null;
    }

    /** The same context with components turned off, for Markdown inside a component's data. */
    static RenderContext withoutComponents(RenderContext context) {
        return new RenderContext() {
            @Override
            public String linkHref(String target) {
                return context.linkHref(target);
            }

            @Override
            public String imageSource(String source) {
                return context.imageSource(source);
            }

            @Override
            public String component(ComponentRef ref) {
                return "";
            }

            @Override
            public String footnoteBack(int number) {
                return context.footnoteBack(number);
            }
        };
    }

    /** A context for Markdown that has no page of its own: links pass through, no components. */
    RenderContext PLAIN = new RenderContext() {
        @Override
        public String linkHref(String target) {
            return target;
        }

        @Override
        public String imageSource(String source) {
            return source;
        }

        @Override
        public String component(ComponentRef ref) {
            return "";
        }
    };
}
