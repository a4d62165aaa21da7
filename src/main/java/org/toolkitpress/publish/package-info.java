/**
 * Publish: takes the output files of a build, gives the site folder, swapped in atomically only
 * when the build succeeded. The only stage that writes to disk.
 */
package org.toolkitpress.publish;
