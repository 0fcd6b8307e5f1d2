package org.luoshi.publicity.internal.briefing;

/** An item as the editors edit it for the briefing: its title, rich-text body and the source unit as printed. */
public record EditItem(String title, String bodyHtml, String sourceUnit) {
}
