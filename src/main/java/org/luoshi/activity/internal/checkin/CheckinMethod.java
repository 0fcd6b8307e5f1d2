package org.luoshi.activity.internal.checkin;

/** 签到方式: how a person came to be counted. */
public enum CheckinMethod {
    /** 扫码签到: the person scanned the screen's rotating code on their own phone. */
    SCAN,
    /** 扫会员码: staff scanned the member's own code. */
    MEMBER_CODE,
    /** 点名: ticked on the roll call list. */
    ROLL_CALL,
    /** 现场登记: added at the door. */
    WALK_IN,
    /** 纸质签到表: imported from the paper sheet afterwards. */
    SHEET
}
