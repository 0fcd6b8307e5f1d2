package org.luoshi.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.luoshi.plan.internal.PlanQueries;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 待办: what the actor's unit must do now and what its children sent up for review, as a list and in Excel. */
@Controller
@RequestMapping("/plans/tasks")
class TaskListController {

    private static final List<String> KINDS = List.of("ACKNOWLEDGE", "PLAN", "REPORT", "REVIEW_PLAN", "REVIEW_REPORT");

    private final PlanQueries queries;
    private final Messages messages;

    TaskListController(PlanQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping
    String tasks(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("menu", "plans");
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("page", queries.tasks(CurrentActor.get(), kind, PageQuery.of(page, null)));
        return "plan/tasks";
    }

    /** The same list, all of it up to the largest page, with the chosen kind. */
    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String kind, HttpServletResponse response) throws IOException {
        String sheet = messages.get("plan.tasks.heading");
        List<String> headers = List.of(messages.get("plan.tasks.kind"), messages.get("plan.title"),
                messages.get("plan.unit"), messages.get("plan.tasks.nextDue"));
        ExcelWriter.write(ExcelDownload.start(response, sheet), sheet, headers,
                queries.tasks(CurrentActor.get(), kind, new PageQuery(1, PageQuery.MAX_SIZE)).items().stream()
                        .map(task -> List.of(messages.get("plan.tasks.kind." + task.kind()), task.planTitle(),
                                task.unitName(), task.nextDue() == null ? "" : task.nextDue())));
    }
}
