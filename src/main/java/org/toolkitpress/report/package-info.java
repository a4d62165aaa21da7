/**
 * Reports: takes the build settings, or a folder's returns read by {@code returns}, and gives
 * lists and reports that are not part of the site — every page's review dates
 * ({@code toolkit report reviews}) and the local authority's report across returned audits
 * ({@code toolkit report audits}: {@link org.toolkitpress.report.AuditReport} counts,
 * {@link org.toolkitpress.report.AuditReportFiles} renders HTML and CSV).
 */
package org.toolkitpress.report;
