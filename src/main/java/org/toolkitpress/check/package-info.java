/**
 * Check: takes a {@link org.toolkitpress.model.Toolkit}, gives diagnostics for references that do
 * not hold — links, anchors, images, raw HTML, components, and data files against each other —
 * and for a brand: colour pairs below WCAG AA contrast, unknown stage colours, likely typos in
 * overlay file names.
 */
package org.toolkitpress.check;
