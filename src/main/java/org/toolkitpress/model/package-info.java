/**
 * The content model: immutable records for a toolkit (pages, continua, principle sets, audits,
 * responses), their source positions, and the diagnostics a build collects. Every stage speaks
 * in these types; this package depends on no stage.
 */
package org.toolkitpress.model;
