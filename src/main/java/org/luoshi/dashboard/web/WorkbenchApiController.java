package org.luoshi.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "工作台", description = "待办事项、当前方案落实情况、最新动态")
class WorkbenchApiController {

    private final Workbench workbench;

    WorkbenchApiController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/api/v1/workbench")
    @Operation(summary = "当前用户的工作台",
            description = "单位管理员含待办（待签收、待制定方案、待审核、待报送、已逾期）；会员只含本单位正在落实的方案")
    Workbench.View workbench() {
        return workbench.of(CurrentActor.get());
    }
}
