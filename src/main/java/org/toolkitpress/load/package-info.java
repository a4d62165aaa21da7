/**
 * Load: takes {@link org.toolkitpress.configure.BuildSettings}, gives a
 * {@link org.toolkitpress.model.Toolkit}. Reads toolkit.yml, every page (front matter + Markdown)
 * and every data file through the layered resolver, recording problems as diagnostics. Each data
 * file is validated here against its JSON Schema ({@code schemas/<kind>.schema.json}), because
 * only here are the YAML positions that point each schema error at its line.
 */
package org.toolkitpress.load;
