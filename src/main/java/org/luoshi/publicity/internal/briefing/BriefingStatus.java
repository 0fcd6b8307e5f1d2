package org.luoshi.publicity.internal.briefing;

/** Where a briefing stands; named under {@code publicity.briefing.status.<name>}. */
public enum BriefingStatus {
    /** 编辑中: the editors compile it */
    DRAFT,
    /** 已印发: its content and Word document are final */
    ISSUED
}
