package org.luoshi.plan.rollup;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A random unit tree and a random history of one plan over it, relative to today: what the property test builds
 * in the database and counts by brute force.
 *
 * @param parents      parent index of nodes 1..n (node 0 is the top unit, issued by the root)
 * @param itemDueDays  due date of each actionable item, in days from today
 * @param units        what happened at each node (node i)
 * @param asOfDaysAgo  the day the roll-up is taken, in days before today
 * @param focus        the node whose roll-up is checked besides the top
 */
record RollupScenario(List<Integer> parents, List<Integer> itemDueDays, List<UnitHistory> units, int asOfDaysAgo,
        int focus) {

    /**
     * @param reached        the parent forwarded the plan to this unit (always true for the top)
     * @param issuedDaysAgo  days before today the assignment was issued
     * @param acknowledged   days before today it was acknowledged (null: not acknowledged)
     * @param impl           implementation plan state: NONE, SUBMITTED, APPROVED or RETURNED
     * @param earlierDue     days the unit's due dates are earlier than its assigner's (forwarded due dates)
     * @param items          per item: null = open, "REPORTED"/"RETURNED", or days relative to due when accepted
     */
    record UnitHistory(boolean reached, int issuedDaysAgo, Integer acknowledged, String impl, int earlierDue,
            List<Object> items) {
    }

    static Arbitrary<RollupScenario> scenarios() {
        return Arbitraries.integers().between(1, 9).flatMap(size -> Arbitraries.integers().between(1, 3)
                .flatMap(itemCount -> Combinators.combine(
                        parents(size),
                        Arbitraries.integers().between(-20, 15).list().ofSize(itemCount),
                        unitHistory(itemCount).list().ofSize(size + 1),
                        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(1, 6)),
                        Arbitraries.integers().between(0, size))
                        .as(RollupScenario::new)));
    }

    /** Node i (1-based) hangs under a node before it, so any tree shape can come out. */
    private static Arbitrary<List<Integer>> parents(int size) {
        Arbitrary<Integer> seed = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return seed.list().ofSize(size).map(raw -> {
            List<Integer> parents = new java.util.ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                parents.add(raw.get(i) % (i + 1));
            }
            return parents;
        });
    }

    private static Arbitrary<UnitHistory> unitHistory(int itemCount) {
        Arbitrary<Object> item = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of("REPORTED", "RETURNED"),
                Arbitraries.integers().between(-8, 8).map(days -> (Object) days));
        return Combinators.combine(
                Arbitraries.of(true, true, true, false),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 20).injectNull(0.3),
                Arbitraries.of("NONE", "SUBMITTED", "APPROVED", "RETURNED"),
                Arbitraries.integers().between(0, 3),
                item.list().ofSize(itemCount))
                .as(UnitHistory::new);
    }
}
