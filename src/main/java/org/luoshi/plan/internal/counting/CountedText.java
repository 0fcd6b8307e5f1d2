package org.luoshi.plan.internal.counting;

import java.util.stream.Collectors;
import org.luoshi.plan.CountedWork;
import org.luoshi.shared.error.Messages;
import org.springframework.stereotype.Component;

/**
 * How counted work reads, on the pages (as {@code @countedText}), in the Word report and in the exports:
 * "计入 3 次集体学习 / 目标 4 次".
 */
@Component("countedText")
public class CountedText {

    private final Messages messages;

    public CountedText(Messages messages) {
        this.messages = messages;
    }

    /** The work beside the target, "/ 目标 …" only when the item sets one. */
    public String of(CountedWork work) {
        String counted = work.isEmpty() ? messages.get("plan.counted.none")
                : messages.get("plan.counted.figure", kinds(work));
        return work.hasTarget() ? messages.get("plan.counted.ofTarget", counted, target(work)) : counted;
    }

    /** The work alone: "计入 7 次集体学习、1 个领导小组", or "" when nothing is counted (a roll-up cell). */
    public String figure(CountedWork work) {
        return work.isEmpty() ? "" : messages.get("plan.counted.figure", kinds(work));
    }

    /** The target: "目标 4 次", or "" when the item sets none. */
    public String target(CountedWork work) {
        return work.hasTarget() ? messages.get("plan.counted.target", String.valueOf(work.targetQuantity()),
                work.targetUnit() == null ? "" : work.targetUnit()).strip() : "";
    }

    private String kinds(CountedWork work) {
        return work.kinds().stream()
                .map(kind -> messages.get("plan.counted.kind", String.valueOf(kind.quantity()), kind.unit(),
                        kind.label()))
                .collect(Collectors.joining(messages.get("plan.counted.separator")));
    }
}
