/**
 * Load: takes {@link org.toolkitpress.configure.BuildSettings}, gives a
 * {@link org.toolkitpress.model.Toolkit}. Reads toolkit.yml, every page (front matter + Markdown)
 * and every data file through the layered resolver, recording problems as diagnostics.
 */
package org.toolkitpress.load;
