/**
 * Load: takes {@link org.toolkitpress.configure.BuildSettings}, gives a
 * {@link org.toolkitpress.model.Toolkit}. Reads toolkit.yml, every page (front matter + Markdown)
 * and every data file through the layered resolver, recording problems as diagnostics. Each data
 * file and brand.yml is validated here against its JSON Schema ({@code schemas/<kind>.schema.json}),
 * because only here are the YAML positions that point each schema error at its line. With a
 * brand: merges the overlay's data files over the base key by key, and leaves out the pages the
 * brand hides.
 */
package org.toolkitpress.load;
