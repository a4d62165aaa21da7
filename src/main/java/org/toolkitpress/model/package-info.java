/**
 * The content model: immutable records for a toolkit (pages, continua, principle sets, audits,
 * responses, the brand that publishes it), their source positions, and the diagnostics a build
 * collects; {@code Contrast} is the WCAG colour arithmetic every stage shares. Every stage speaks
 * in these types; this package depends on no stage.
 */
package org.toolkitpress.model;
