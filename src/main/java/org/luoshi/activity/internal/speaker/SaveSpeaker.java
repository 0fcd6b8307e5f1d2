package org.luoshi.activity.internal.speaker;

/** Records or revises a speaker: name, post or title (职务/职称), a short biography, and 党的二十大代表 or not. */
public record SaveSpeaker(String name, String post, String bio, boolean congressDelegate) {
}
