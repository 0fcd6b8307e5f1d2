package org.luoshi.plan.internal.reminder;

/** What a notification is about; the texts are under {@code notification.kind.<name>} in the bundle. */
public enum NotificationKind {
    /** 即将到期 */
    DUE_SOON("dueSoon"),
    /** 已逾期 */
    OVERDUE("overdue"),
    /** 未签收 */
    ACKNOWLEDGE("acknowledge"),
    /** 逾期上报：a laggard named to the level above after two missed reminders */
    ESCALATION("escalation"),
    /** 人工催办 by an ancestor unit */
    MANUAL("manual");

    private final String key;

    NotificationKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
