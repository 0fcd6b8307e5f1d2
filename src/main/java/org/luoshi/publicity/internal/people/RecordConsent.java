package org.luoshi.publicity.internal.people;

/** Records that the person agreed to their page on the portal: how, and a note (where the signed form is kept …). */
public record RecordConsent(ConsentMethod method, String note) {
}
