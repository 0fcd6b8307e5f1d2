package org.luoshi.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * 计入落实 over a subtree for one item: the work counted there, summed by kind, and how many of its units reached the
 * item's target by their own counted work (each one's {@link CountedWork#reached()}).
 */
public record RollupCounted(CountedWork work, long unitsReached) {

    public static RollupCounted none(Integer targetQuantity, String targetUnit) {
        return new RollupCounted(CountedWork.none(targetQuantity, targetUnit), 0);
    }

    /** The two subtrees together: quantities added kind by kind, reached units added. */
    public RollupCounted plus(RollupCounted other) {
        Map<String, CountedKind> sum = new LinkedHashMap<>();
        Stream.concat(work.kinds().stream(), other.work().kinds().stream()).forEach(kind -> sum.merge(kind.kind(),
                kind, (a, b) -> new CountedKind(a.kind(), a.label(), a.unit(), a.quantity() + b.quantity())));
        return new RollupCounted(new CountedWork(List.copyOf(sum.values()), work.targetQuantity(), work.targetUnit()),
                unitsReached + other.unitsReached());
    }
}
