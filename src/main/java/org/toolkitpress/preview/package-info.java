/**
 * Preview: the {@code serve} command's live site. Takes a project folder, builds the site in
 * memory through the build ({@link org.toolkitpress.build.Rebuild}; never a stage directly),
 * serves it on the local machine, watches the project for changes and rebuilds only what a
 * change touches, then tells open browser tabs to reload. A content error, or a fault in a
 * rebuild, leaves the last good site served with the problems shown over it. Nothing here is
 * part of the published site: the reload script and problems panel are added to pages only as
 * they are served.
 */
package org.toolkitpress.preview;
