package org.luoshi.publicity;

/** What a reviewing level decided on a submission (审核意见); named under {@code publicity.decision.<name>}. */
public enum Decision {
    /** 退回修改, with a comment: the unit revises and submits again */
    RETURNED(false, false),
    /** 本级采用: adopted at this level, and the review ends here */
    ADOPTED(true, false),
    /** 推荐上报: passed to this level's parent without adopting */
    RECOMMENDED(false, true),
    /** 采用并推荐 */
    ADOPTED_RECOMMENDED(true, true),
    /** 不予采用, with a reason: the review ends here */
    NOT_ADOPTED(false, false);

    private final boolean adopts;
    private final boolean recommends;

    Decision(boolean adopts, boolean recommends) {
        this.adopts = adopts;
        this.recommends = recommends;
    }

    public boolean adopts() {
        return adopts;
    }

    public boolean recommends() {
        return recommends;
    }
}
