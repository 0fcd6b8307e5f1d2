package org.luoshi.publicity.web.submission;

import java.time.Clock;
import java.util.EnumSet;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitType;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.submission.Submission;
import org.luoshi.publicity.internal.submission.SubmissionQueries;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 待我审核: what awaits the actor's unit, oldest first, with the due date a linked plan item sets. */
@Controller
class QueuePageController {

    private final SubmissionQueries queries;
    private final UnitDirectory units;
    private final Clock clock;

    QueuePageController(SubmissionQueries queries, UnitDirectory units, Clock clock) {
        this.queries = queries;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/publicity/queue")
    String queue(@RequestParam(required = false) SubmissionKind kind, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model) {
        Actor actor = CurrentActor.get();
        if (!Submission.isStaff(actor)) {
            throw BusinessException.forbidden("publicity.submission.notStaff");
        }
        model.addAttribute("menu", "publicity");
        model.addAttribute("kind", kind);
        model.addAttribute("unitId", unitId);
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("units", units.subtree(actor.scopePath(), EnumSet.allOf(UnitType.class)));
        model.addAttribute("page", queries.queue(actor, kind, unitId, PageQuery.of(page, size)));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        return "publicity/submission/queue";
    }
}
