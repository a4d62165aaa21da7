/**
 * Configure: takes the project folder and command-line options, gives the
 * {@link org.toolkitpress.configure.BuildSettings} every later stage reads.
 */
package org.toolkitpress.configure;
