/**
 * Reports: takes the build settings, loads the toolkit and gives editors' lists that are not
 * part of the site — today, every page's review dates ({@code toolkit report reviews}).
 */
package org.toolkitpress.report;
