package org.luoshi.study.internal.reading;

/**
 * 阅读时长: when a section counts as read. It needs visible reading time in proportion to its length (never less than
 * the minimum) and its end reached. An event's reported time counts only up to the real time since the member's
 * previous event on the section (plus a little slack), so a forged large number, or time claimed twice, adds nothing
 * a clock did not see pass.
 */
public record DwellRule(double charsPerSecond, long minimumMillis, long slackMillis) {

    public long requiredMillis(int charCount) {
        return Math.max(minimumMillis, Math.round(charCount * 1000.0 / charsPerSecond));
    }

    /**
     * The part of {@code reportedMillis} that counts: all of it, up to the real time since the previous event; the
     * first event of a section (no previous one) opens the reading and brings only the slack.
     */
    public long countedMillis(long reportedMillis, Long sincePreviousMillis) {
        long ceiling = (sincePreviousMillis == null ? 0 : Math.max(0, sincePreviousMillis)) + slackMillis;
        return Math.max(0, Math.min(reportedMillis, ceiling));
    }

    public boolean isRead(long dwellMillis, boolean endReached, int charCount) {
        return endReached && dwellMillis >= requiredMillis(charCount);
    }
}
