package org.luoshi.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.plan.internal.reminder.NotificationCentre;
import org.luoshi.plan.internal.reminder.NotificationCentre.NotificationFilter;
import org.luoshi.plan.internal.reminder.NotificationView;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "通知", description = "本单位收到的催办和通知；同一单位的所有账号共用")
class NotificationApiController {

    private final NotificationCentre centre;

    NotificationApiController(NotificationCentre centre) {
        this.centre = centre;
    }

    @GetMapping
    @Operation(summary = "本单位的通知列表", description = "未读在前，新的在前；kind 可选 DUE_SOON、OVERDUE、ACKNOWLEDGE、"
            + "ESCALATION、MANUAL")
    Page<NotificationView> list(@RequestParam(required = false) Boolean unreadOnly,
            @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return centre.list(CurrentActor.get(), NotificationFilter.of(unreadOnly, kind), PageQuery.of(page, size));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "本单位的未读通知数")
    UnreadCount unreadCount() {
        return new UnreadCount(centre.unreadCount(CurrentActor.get().unitId()));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "标为已读", description = "其他单位的通知返回 404")
    void markRead(@PathVariable long id) {
        centre.markRead(CurrentActor.get(), id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "全部标为已读")
    MarkedRead markAllRead() {
        return new MarkedRead(centre.markAllRead(CurrentActor.get()));
    }

    record UnreadCount(long unread) {
    }

    record MarkedRead(int marked) {
    }
}
