/**
 * Markdown: the one flexmark parser and renderer of a build. Takes page text, gives a
 * {@link org.toolkitpress.model.Body} with the positions of its headings, links, images, raw
 * HTML and component directives; renders a body for an edition through a
 * {@link org.toolkitpress.markdown.RenderContext}.
 */
package org.toolkitpress.markdown;
