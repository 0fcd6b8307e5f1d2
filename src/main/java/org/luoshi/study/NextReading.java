package org.luoshi.study;

/** What a member reads next: the material, the section to open, and how far they are in it. */
public record NextReading(long materialId, String materialTitle, long sectionId, String heading, int sectionsRead,
        int sectionCount, boolean started) {
}
