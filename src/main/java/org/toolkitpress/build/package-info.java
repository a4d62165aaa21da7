/**
 * Build: runs the stages in order — configure, load, check, render pdf, render web, publish — and says what
 * happened. Holds no logic of its own.
 */
package org.toolkitpress.build;
