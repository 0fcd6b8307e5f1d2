package org.luoshi.activity.internal.checkin;

/**
 * 姓名加手机尾号签到: a person without an account scanned the screen's {@code code} and gave their name and the last
 * four digits of their phone; {@code choice} (1, 2 …) answers "which of you?" when the suffix fits two members.
 */
public record PhoneCheckin(String code, String name, String phoneSuffix, Integer choice) {
}
