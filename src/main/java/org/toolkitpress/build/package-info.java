/**
 * Build: runs the stages in order — configure, load, check, render pdf, render web, publish — and
 * says what happened. {@link org.toolkitpress.build.Rebuild} runs the same stages in memory for
 * the preview, again only for what an edit touched ({@link org.toolkitpress.build.Change}); both
 * render through the one {@code Build.render}.
 */
package org.toolkitpress.build;
