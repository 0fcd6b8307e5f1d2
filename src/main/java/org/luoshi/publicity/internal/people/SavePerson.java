package org.luoshi.publicity.internal.people;

/**
 * Records or revises an exemplary person: name, post or title (职务/职称), story (rich text, sanitised on save) and,
 * where there is one, their member record.
 */
public record SavePerson(String name, String post, String storyHtml, Long memberId) {
}
