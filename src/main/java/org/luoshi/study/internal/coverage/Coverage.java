package org.luoshi.study.internal.coverage;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 通读覆盖: of {@code members} active members in a subtree, how many started a material and how many finished it.
 * Shares are in percent to one decimal; {@link #finishedPercent()} is the whole percent that counts toward a plan
 * item, rounded down so that 79.6 % never reaches a target of 80 %.
 */
public record Coverage(long members, long started, long finished) {

    public static final Coverage NONE = new Coverage(0, 0, 0);

    public Coverage plus(Coverage other) {
        return new Coverage(members + other.members, started + other.started, finished + other.finished);
    }

    @JsonProperty
    public double startedShare() {
        return share(started);
    }

    @JsonProperty
    public double finishedShare() {
        return share(finished);
    }

    @JsonProperty
    public int finishedPercent() {
        return members == 0 ? 0 : (int) Math.min(100, finished * 100 / members);
    }

    private double share(long count) {
        return members == 0 ? 0 : Math.min(100.0, Math.round(count * 1000.0 / members) / 10.0);
    }
}
