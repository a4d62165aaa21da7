/**
 * The layered file resolver: an ordered list of roots ({@code [brand, project, built-in]}) in
 * which the first file at a relative path wins. Every stage that reads a file goes through it.
 */
package org.toolkitpress.files;
