/**
 * Configure: takes the project folder and command-line options, gives the
 * {@link org.toolkitpress.configure.BuildSettings} every later stage reads: the layered roots
 * ({@code [brands/<id>, project, built-in]} when a brand is chosen) and the output folder.
 */
package org.toolkitpress.configure;
