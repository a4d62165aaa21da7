/**
 * Render web: takes a checked {@link org.toolkitpress.model.Toolkit}, gives the website's output
 * files (pages, components, 404, site map, accessibility statement, brand stylesheet and logo,
 * assets) through the theme's templates.
 */
package org.toolkitpress.web;
