package org.luoshi.plan;

/**
 * The counts of a roll-up and the rates derived from them (percent, one decimal). Acknowledgement and
 * implementation-plan rates are over assignments; acceptance and on-time rates over actionable items.
 */
public record RollupFigures(long assignments, long acknowledged, long implSubmitted, long implApproved,
        long items, long accepted, long acceptedOnTime, long overdue, double acknowledgementRate,
        double implementationRate, double completionRate, double onTimeRate) {

    public static final RollupFigures NONE = of(0, 0, 0, 0, 0, 0, 0, 0);

    public static RollupFigures of(long assignments, long acknowledged, long implSubmitted, long implApproved,
            long items, long accepted, long acceptedOnTime, long overdue) {
        return new RollupFigures(assignments, acknowledged, implSubmitted, implApproved, items, accepted,
                acceptedOnTime, overdue, percent(acknowledged, assignments), percent(implApproved, assignments),
                percent(accepted, items), percent(acceptedOnTime, items));
    }

    public RollupFigures plus(RollupFigures other) {
        return of(assignments + other.assignments, acknowledged + other.acknowledged,
                implSubmitted + other.implSubmitted, implApproved + other.implApproved, items + other.items,
                accepted + other.accepted, acceptedOnTime + other.acceptedOnTime, overdue + other.overdue);
    }

    /** A share as a percentage rounded to one decimal; 0 when there is nothing to count. */
    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
