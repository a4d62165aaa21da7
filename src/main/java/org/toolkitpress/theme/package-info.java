/**
 * The theme: one locked-down Freemarker configuration per build over the layered resolver
 * (where {@code base/x.ftlh} reaches the template an overlay replaces), shared by the web and
 * print editions; and {@link org.toolkitpress.theme.BrandStyle}, the one place brand colours
 * become CSS custom properties.
 */
package org.toolkitpress.theme;
