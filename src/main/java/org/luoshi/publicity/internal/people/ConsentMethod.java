package org.luoshi.publicity.internal.people;

/** How a person agreed to their page on the portal (同意方式); named under {@code publicity.person.consent.<name>}. */
public enum ConsentMethod {
    /** 书面同意 */
    WRITTEN,
    /** 口头同意 */
    ORAL,
    /** 电子确认 */
    ELECTRONIC
}
