package org.luoshi.study;

import java.time.Instant;

/**
 * What the reader page reports of a section: visible reading time since its previous report ({@code dwellMs}),
 * whether the end of the text has been seen, and the client's time of the report.
 */
public record ReadingEvent(Long dwellMs, Boolean endReached, Instant at) {
}
