package org.toolkitpress.search;

import java.util.List;
import java.util.Set;

/**
 * The entries of one page: the page, its headings and the data it embeds. A group is stored in
 * one file, so the results of one page cost one download.
 *
 * @param section the toolkit section the page belongs to ("" for none), to place it in a PDF
 * @param audits  the ids of the audits the page embeds, to place it in a form's PDF
 */
record Group(String section, Set<String> audits, List<Entry> entries) {
}
