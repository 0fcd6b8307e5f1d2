package org.luoshi.study;

/** Changes a material's title and source; {@code version} is the one the editor read. */
public record RetitleMaterial(String title, String source, Integer version) {
}
