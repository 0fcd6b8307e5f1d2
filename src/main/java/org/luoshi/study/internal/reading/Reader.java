package org.luoshi.study.internal.reading;

/** A member reading: the member an account logs in for, and the unit they belong to now. */
public record Reader(long memberId, long unitId, String unitPath) {
}
