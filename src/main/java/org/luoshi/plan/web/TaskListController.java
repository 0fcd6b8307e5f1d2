package org.luoshi.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.PlanTasks;
import org.luoshi.plan.RollupTask;
import org.luoshi.plan.internal.PlanQueries;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 待办: what the actor's unit must do now and what its children sent up for review, as a list and in Excel; the
 * same rows the work bench counts ({@link PlanTasks}), so its figures and this list agree.
 */
@Controller
@RequestMapping("/plans/tasks")
class TaskListController {

    private final PlanTasks tasks;
    private final PlanQueries queries;
    private final Messages messages;
    private final Clock clock;

    TaskListController(PlanTasks tasks, PlanQueries queries, Messages messages, Clock clock) {
        this.tasks = tasks;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String tasks(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
            Model model) {
        RollupTask.Kind chosen = RollupTask.Kind.parse(kind);
        model.addAttribute("menu", "plans");
        model.addAttribute("kind", chosen == null ? null : chosen.name());
        model.addAttribute("kinds", RollupTask.Kind.values());
        model.addAttribute("page", tasks.list(CurrentActor.get(), chosen, PageQuery.of(page, null)));
        return "plan/tasks";
    }

    /** The same list, all of it up to the largest page, with the chosen kind; named for the unit and the day. */
    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String kind, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        RollupTask.Kind chosen = RollupTask.Kind.parse(kind);
        String unit = queries.unitName(actor.unitId());
        String subject = chosen == null ? messages.get("plan.tasks.heading") : messages.get("workbench.task." + chosen);
        LocalDate today = LocalDate.now(clock);
        List<String> headers = List.of(messages.get("plan.tasks.kind"), messages.get("plan.title"),
                messages.get("plan.unit"), messages.get("workbench.task.pendingHeader"),
                messages.get("plan.tasks.nextDue"));
        ExcelWriter.write(ExcelDownload.start(response, messages.get("plan.tasks.file", subject, unit, today)),
                messages.get("plan.tasks.sheetTitle", unit, subject, today), subject, headers,
                tasks.list(actor, chosen, new PageQuery(1, PageQuery.MAX_SIZE)).items().stream()
                        .map(task -> List.of(messages.get("workbench.task." + task.kind()), task.planTitle(),
                                task.unitName(), task.pending(), task.dueOn() == null ? "" : task.dueOn())));
    }
}
