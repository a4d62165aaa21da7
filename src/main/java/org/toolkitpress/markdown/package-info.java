/**
 * Markdown: the one flexmark parser and renderer of a build. Takes page text, gives a
 * {@link org.toolkitpress.model.Body} with the positions of its headings, links, images, raw
 * HTML and component directives; renders a body for an edition through a
 * {@link org.toolkitpress.markdown.RenderContext}. {@link org.toolkitpress.markdown.HtmlAllowList}
 * is the one raw-HTML allow-list, used by the check stage and by the renderer itself.
 */
package org.toolkitpress.markdown;
