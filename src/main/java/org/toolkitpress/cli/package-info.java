/** The command line: parses arguments, runs a build, prints diagnostics. Nothing else. */
package org.toolkitpress.cli;
