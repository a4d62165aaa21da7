/**
 * Search index: takes the checked {@link org.toolkitpress.model.Toolkit} (and the PDFs the
 * website offers), gives the website's search index as output files under {@code search/} —
 * script files that register themselves, so the site's search works from any static host, any
 * sub-path and from disk, loading only the parts a query needs. See docs/search.md.
 */
package org.toolkitpress.search;
