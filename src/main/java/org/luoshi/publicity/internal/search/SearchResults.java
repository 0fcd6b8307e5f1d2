package org.luoshi.publicity.internal.search;

import org.luoshi.shared.web.Page;

/**
 * A page of hits for a query. {@code capped} when more documents matched than are ranked
 * ({@link SearchQueries#CANDIDATES} newest per source): the reader is asked to add a word or a filter.
 */
public record SearchResults(SearchText query, Page<SearchHit> page, boolean capped) {
}
