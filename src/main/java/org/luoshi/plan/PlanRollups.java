package org.luoshi.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;

/**
 * 汇总统计: how a plan stands over a unit's whole subtree, computed in SQL from the assignments at the moment of
 * the call (so a roll-up is right straight after any write). Every figure is "as of" the end of a day: events
 * recorded later (acknowledgements, reviews, acceptances) are not counted and overdue is judged against that day;
 * pages pass today, the 工作情况报告 the day it is dated. Items and their rows per child unit carry the work other
 * modules counted toward them (计入落实, {@link RollupCounted}).
 */
public interface PlanRollups {

    /**
     * The plan seen from a unit, if the actor may see it: the unit is the actor's or below it, and the plan was
     * issued within the actor's subtree or to a unit in it. Empty means "not found" to the caller.
     */
    Optional<RollupScope> scope(long planId, long unitId, Actor actor);

    /** Totals over the unit's whole subtree, the unit itself included. */
    RollupFigures summary(RollupScope scope, LocalDate asOf);

    /** {@link #summary} and {@link #byChildUnit} together, for the price of one of them. */
    RollupOverview overview(RollupScope scope, LocalDate asOf);

    /** One row per actionable item of the plan, in the plan's order. */
    List<RollupItem> byItem(RollupScope scope, LocalDate asOf);

    /** One row per child of the unit that has assignments below it, in the tree's display order. */
    List<RollupChild> byChildUnit(RollupScope scope, LocalDate asOf);

    /** Per item, one row per child unit: the tables of the 工作情况报告. */
    List<RollupItemBreakdown> byItemAndChildUnit(RollupScope scope, LocalDate asOf);

    /** One item, one row per child unit (the unit's own assignment first); empty when the plan has no such item. */
    default Optional<RollupItemBreakdown> itemByChildUnit(RollupScope scope, LocalDate asOf, long itemId) {
        return byItemAndChildUnit(scope, asOf).stream().filter(breakdown -> breakdown.item().itemId() == itemId)
                .findFirst();
    }

    /**
     * Units of the subtree with overdue items or not acknowledged after the configured number of days, the
     * longest overdue first.
     */
    Page<RollupLaggard> laggards(RollupScope scope, LocalDate asOf, PageQuery page);

    /** Acknowledgements and acceptances per ISO week, with the cumulative rates at the end of each week. */
    List<RollupWeek> trend(RollupScope scope, LocalDate asOf);

    /** Days after issue a unit may take to acknowledge before it counts as a laggard. */
    int acknowledgeWithinDays();

    /** The issued (current) plans that reach the actor's subtree, the latest first. */
    List<RollupPlan> currentPlans(Actor actor, int limit);
}
