package org.luoshi.org.internal.member;

import java.time.Year;

/** 年龄段 for filters and statistics; the age is the current year minus the birth year. */
public enum AgeBand {
    UNDER_60(0, 59), A60_64(60, 64), A65_69(65, 69), A70_74(70, 74), A75_79(75, 79), A80_84(80, 84),
    A85_89(85, 89), A90_PLUS(90, 200);

    private final int youngest;
    private final int oldest;

    AgeBand(int youngest, int oldest) {
        this.youngest = youngest;
        this.oldest = oldest;
    }

    /** The earliest birth year in the band this year. */
    int bornFrom(Year now) {
        return now.getValue() - oldest;
    }

    /** The latest birth year in the band this year. */
    int bornUntil(Year now) {
        return now.getValue() - youngest;
    }
}
