/**
 * Views: the content model made ready for templates — an audit as a form view, the reading
 * order of pages, the Markdown template functions — shared by the web and print editions so
 * neither copies the other.
 */
package org.toolkitpress.view;
