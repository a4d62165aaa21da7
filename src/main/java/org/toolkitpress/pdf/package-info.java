/**
 * Render pdf: takes a checked {@link org.toolkitpress.model.Toolkit}, gives the print edition's
 * PDFs (guides, the whole toolkit, fillable and filled audits) as output files, tagged PDF/UA-1 and
 * PDF/A-3a, plus what the website's Downloads page says about them; also fills an audit PDF from
 * a response and reads answers back. Entry point: {@link org.toolkitpress.pdf.PrintEdition}.
 */
package org.toolkitpress.pdf;
