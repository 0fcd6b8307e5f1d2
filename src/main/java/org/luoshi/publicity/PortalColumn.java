package org.luoshi.publicity;

/** A column of the public portal (门户栏目); named under {@code publicity.column.<name>}, addressed by {@link #slug()}. */
public enum PortalColumn {
    /** 学习专栏 */
    STUDY("study"),
    /** 工作动态 */
    NEWS("news"),
    /** 经验交流 */
    PRACTICE("practice"),
    /** 典型案例 */
    CASES("cases"),
    /** 先进典型 */
    EXEMPLARS("exemplars"),
    /** 工作简报 */
    BRIEFINGS("briefings");

    private final String slug;

    PortalColumn(String slug) {
        this.slug = slug;
    }

    /** The column's part of the portal's addresses: /portal/columns/{slug}. */
    public String slug() {
        return slug;
    }
}
