package org.toolkitpress.model;

/** One file of an edition, by its path inside the output folder (forward slashes). */
public record OutputFile(String path, byte[] bytes) {
}
