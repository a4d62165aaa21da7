/**
 * Check: takes a {@link org.toolkitpress.model.Toolkit}, gives diagnostics for references that do
 * not hold — links, anchors, images, raw HTML, components, and data files against each other.
 */
package org.toolkitpress.check;
