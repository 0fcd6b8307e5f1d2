package org.luoshi.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.plan.PlanTasks;
import org.luoshi.plan.RollupTask;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 待办 for API clients: the rows of the task list page and of the work bench's counts. */
@RestController
@Tag(name = "部署落实：任务")
class TaskApiController {

    private final PlanTasks tasks;

    TaskApiController(PlanTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/v1/plans/tasks")
    @Operation(summary = "待办：已退回、待签收、待制定方案、待审核、待报送、已逾期（kind 筛选），与工作台的计数相同")
    Page<RollupTask> tasks(@RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tasks.list(CurrentActor.get(), RollupTask.Kind.parse(kind), PageQuery.of(page, size));
    }
}
