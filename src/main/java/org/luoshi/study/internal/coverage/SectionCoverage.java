package org.luoshi.study.internal.coverage;

/** How many members of the subtree have finished one section, and their share of its active members. */
public record SectionCoverage(long sectionId, int ordinal, String chapter, String heading, long finished,
        double finishedShare) {
}
