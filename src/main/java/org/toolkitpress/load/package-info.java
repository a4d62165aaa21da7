/**
 * Load: takes {@link org.toolkitpress.configure.BuildSettings}, gives a
 * {@link org.toolkitpress.model.Toolkit}. Reads toolkit.yml, every page (front matter + Markdown)
 * and every data file through the layered resolver, recording problems as diagnostics. With a
 * brand: reads brand.yml (checked against its JSON Schema), merges the overlay's data files over
 * the base key by key, and leaves out the pages the brand hides.
 */
package org.toolkitpress.load;
