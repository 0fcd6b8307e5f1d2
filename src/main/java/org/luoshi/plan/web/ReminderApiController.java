package org.luoshi.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.luoshi.plan.internal.reminder.ManualReminders;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}/reminders")
@Tag(name = "催办", description = "上级单位向下级单位（未签收、有事项未报送或任选）发送催办")
class ReminderApiController {

    /** Says that the answer repeats the one given to an earlier request with the same key. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final ManualReminders reminders;

    ReminderApiController(ManualReminders reminders) {
        this.reminders = reminders;
    }

    @PostMapping
    @Operation(summary = "催办下级单位", description = "向本单位下级中收到该方案的单位发送催办通知（站内通知并发邮件）。"
            + "不在本单位下级范围内的单位返回 404，催办本单位自己返回 403。"
            + "带 Idempotency-Key 时，同一账号用同一标识重复请求不会重复发送，返回首次的结果（响应头 "
            + REPLAYED + ": true）；同一标识用于另一方案返回 409。")
    ResponseEntity<Sent> remind(@PathVariable long planId, @RequestBody ReminderRequest request,
            @Parameter(description = "一次催办请求的唯一标识（如 UUID，最长 64 个字符），重试时沿用")
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        ManualReminders.Sent sent = reminders.remind(CurrentActor.get(), planId,
                request.unitIds() == null ? List.of() : request.unitIds(), request.message(), key);
        return ResponseEntity.status(HttpStatus.CREATED).header(REPLAYED, String.valueOf(sent.repeated()))
                .body(new Sent(sent.units()));
    }

    /** @param message optional; a standard sentence is sent when empty */
    record ReminderRequest(List<Long> unitIds, String message) {
    }

    record Sent(int sent) {
    }
}
