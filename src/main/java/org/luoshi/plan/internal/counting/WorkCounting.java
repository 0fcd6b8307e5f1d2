package org.luoshi.plan.internal.counting;

import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.shared.error.BusinessException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 计入落实: counts the records of other modules toward plan items as they publish {@link WorkCounted}, and uncounts
 * them on {@link WorkUncounted}.
 * <p>
 * The listeners run in the publisher's transaction ({@code @EventListener}, not an after-commit
 * {@code @ApplicationModuleListener}), and insist on one ({@code MANDATORY}): a count is committed with its record
 * or rolled back with it, so the roll-up never counts a session that was not saved, nor misses one that was. A count
 * toward an item the unit may not link to is refused with a {@link BusinessException}, which rolls the writer's
 * record back and shows the writer's user why.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class WorkCounting {

    private final LinkableItems linkable;
    private final CountedWorkRepository counted;

    WorkCounting(LinkableItems linkable, CountedWorkRepository counted) {
        this.linkable = linkable;
        this.counted = counted;
    }

    @EventListener
    void on(WorkCounted work) {
        CountedEntry entry = CountedEntry.of(work);
        LinkableItem item = linkable.find(work.unitId(), work.item().itemId())
                .filter(found -> found.item().equals(work.item()))
                .orElseThrow(() -> BusinessException.invalid("itemId", "plan.count.notLinkable"));
        counted.upsert(item.assignmentId(), entry);
    }

    @EventListener
    void on(WorkUncounted work) {
        CountedEntry.requireKind(work.kind());
        counted.delete(work.kind(), work.recordId());
    }
}
