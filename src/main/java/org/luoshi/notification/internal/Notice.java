package org.luoshi.notification.internal;

/**
 * A notification to write: to one unit, for those of its people the kind is for.
 *
 * @param link         where 查看 leads: the page the addressee acts on (the unit's own task)
 * @param senderUnitId the unit that sent it by hand (人工催办), else null
 * @param accountId    the one person of the unit it is for (a member's own registration), else null: the unit's
 */
record Notice(long unitId, NotificationKind kind, String title, String body, String link, Long planId,
        Long assignmentId, Long senderUnitId, Long accountId) {

    private static final int TITLE_LENGTH = 200;

    Notice {
        title = title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1) + "…";
    }

    Notice(long unitId, NotificationKind kind, String title, String body, String link, Long planId,
            Long assignmentId, Long senderUnitId) {
        this(unitId, kind, title, body, link, planId, assignmentId, senderUnitId, null);
    }

    static String taskLink(long assignmentId) {
        return "/plans/assignments/" + assignmentId;
    }
}
