/**
 * Returns: takes a folder of audits that schools sent back (the web form's JSON exports and
 * filled PDFs) and the loaded toolkit, and gives one typed {@link org.toolkitpress.returns.Returns.Return}
 * per file read, mapped onto the audit's current version as the web form's import maps it, and
 * one {@link org.toolkitpress.returns.Returns.Skipped} with its reason per file left out. A bad
 * file never stops the others. PDFs are read by the print edition's own reading
 * ({@code PrintEdition.read}, as {@code toolkit read} does), exports by the loader's response
 * reading ({@code Load.response}, as {@code toolkit fill} does).
 */
package org.toolkitpress.returns;
