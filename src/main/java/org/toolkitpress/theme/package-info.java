/**
 * The theme: one locked-down Freemarker configuration per build over the layered resolver,
 * shared by the web and print editions.
 */
package org.toolkitpress.theme;
