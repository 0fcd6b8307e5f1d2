package org.luoshi.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.notification.internal.NotificationCentre;
import org.luoshi.notification.internal.NotificationCentre.NotificationFilter;
import org.luoshi.notification.internal.NotificationKind;
import org.luoshi.notification.internal.NotificationView;
import org.luoshi.notification.internal.Preferences;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
@Tag(name = "通知", description = "本单位收到的通知和催办；同一单位的账号共用（各按角色只见应知的类型），各人自选是否发邮件")
class NotificationApiController {

    private final NotificationCentre centre;
    private final Preferences preferences;

    NotificationApiController(NotificationCentre centre, Preferences preferences) {
        this.centre = centre;
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "本单位的通知列表", description = "未读在前，新的在前；只含本人角色应知的类型（会员不收部署落实的通知）。"
            + "kind 可选 ISSUED、FORWARDED、ACKNOWLEDGED、IMPL_SUBMITTED、IMPL_APPROVED、IMPL_RETURNED、REPORTED、"
            + "REPORT_ACCEPTED、REPORT_RETURNED、COMPLETED、DUE_SOON、OVERDUE、ACKNOWLEDGE、ESCALATION、MANUAL")
    Page<NotificationView> list(@RequestParam(required = false) Boolean unreadOnly,
            @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return centre.list(CurrentActor.get(), NotificationFilter.of(unreadOnly, kind), PageQuery.of(page, size));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "本单位的未读通知数")
    UnreadCount unreadCount() {
        return new UnreadCount(centre.unreadCount(CurrentActor.get()));
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

    @GetMapping("/settings")
    @Operation(summary = "本人的通知设置", description = "byMail：各类型是否同时发邮件（false 为只在系统内通知）；"
            + "email 为空时发到本单位的联系邮箱；dailyDigest：是否每天发一封未读通知摘要")
    Settings settings() {
        return Settings.of(preferences.of(CurrentActor.get()));
    }

    @PutMapping("/settings")
    @Operation(summary = "保存本人的通知设置", description = "整体替换；未列出的类型按默认。邮箱格式不对返回 400。修改记入审计日志。")
    Settings saveSettings(@RequestBody Settings settings) {
        return Settings.of(preferences.save(CurrentActor.get(), settings.toPreferences()));
    }

    /**
     * @param byMail      kind name → true for in-app and e-mail, false for in-app only; a kind left out takes its
     *                    default
     * @param dailyDigest left out: no digest
     */
    record Settings(Map<String, Boolean> byMail, String email, Boolean dailyDigest) {

        static Settings of(Preferences.Settings settings) {
            Map<String, Boolean> byMail = new LinkedHashMap<>();
            settings.byMail().forEach((kind, mail) -> byMail.put(kind.name(), mail));
            return new Settings(byMail, settings.email(), settings.dailyDigest());
        }

        Preferences.Settings toPreferences() {
            Map<NotificationKind, Boolean> kinds = new EnumMap<>(NotificationKind.class);
            if (byMail != null) {
                byMail.forEach((name, mail) -> Stream.of(NotificationKind.values())
                        .filter(kind -> kind.name().equals(name) && mail != null)
                        .forEach(kind -> kinds.put(kind, mail)));
            }
            return new Preferences.Settings(kinds, email, Boolean.TRUE.equals(dailyDigest));
        }
    }

    record UnreadCount(long unread) {
    }

    record MarkedRead(int marked) {
    }
}
