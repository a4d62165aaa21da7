/**
 * Preview: the {@code serve} command's live site. Takes a project folder, builds the web edition
 * in memory with the same stages as a build, serves it on the local machine, watches the
 * project for changes and rebuilds only what a change touches, then tells open browser tabs to
 * reload. A content error leaves the last good site served, with the problems shown over it.
 * Nothing here is part of the published site: the reload script and error overlay are added to
 * pages only as they are served.
 */
package org.toolkitpress.preview;
