/**
 * The theme: one locked-down Freemarker configuration per build over the layered resolver
 * (where {@code base/x.ftlh} reaches the template an overlay replaces), shared by the web and
 * print editions; {@link org.toolkitpress.theme.BrandStyle}, the one place brand colours
 * become CSS custom properties; and {@link org.toolkitpress.theme.ColourPairs}, the colour pairs
 * the theme's stylesheet draws, which the brand check measures.
 */
package org.toolkitpress.theme;
