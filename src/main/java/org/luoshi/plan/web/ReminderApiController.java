package org.luoshi.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.luoshi.plan.internal.reminder.ManualReminders;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}/reminders")
@Tag(name = "催办", description = "上级单位向下级滞后单位发送催办")
class ReminderApiController {

    private final ManualReminders reminders;

    ReminderApiController(ManualReminders reminders) {
        this.reminders = reminders;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "催办下级单位", description = "向本单位下级中收到该方案的单位发送催办通知（站内通知并发邮件）。"
            + "不在本单位下级范围内的单位返回 404，催办本单位自己返回 403。")
    Sent remind(@PathVariable long planId, @RequestBody ReminderRequest request) {
        return new Sent(reminders.remind(CurrentActor.get(), planId,
                request.unitIds() == null ? List.of() : request.unitIds(), request.message()));
    }

    /** @param message optional; a standard sentence is sent when empty */
    record ReminderRequest(List<Long> unitIds, String message) {
    }

    record Sent(int sent) {
    }
}
