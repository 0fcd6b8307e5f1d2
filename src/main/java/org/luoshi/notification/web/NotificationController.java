package org.luoshi.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.notification.internal.NotificationCentre;
import org.luoshi.notification.internal.NotificationCentre.NotificationFilter;
import org.luoshi.notification.internal.NotificationKind;
import org.luoshi.notification.internal.NotificationView;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知中心 as pages: the actor's unit's notifications, unread first. */
@Controller
@RequestMapping("/notifications")
class NotificationController {


    private final NotificationCentre centre;
    private final Messages messages;

    NotificationController(NotificationCentre centre, Messages messages) {
        this.centre = centre;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Boolean unreadOnly, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("menu", "notifications");
        model.addAttribute("page", centre.list(actor, NotificationFilter.of(unreadOnly, kind), PageQuery.of(page, size)));
        model.addAttribute("unread", centre.unreadCount(actor));
        model.addAttribute("unreadOnly", Boolean.TRUE.equals(unreadOnly));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", NotificationKind.visibleTo(actor));
        return "notification/list";
    }

    @GetMapping("/export.xlsx")
    @Transactional(readOnly = true)
    public void export(@RequestParam(required = false) Boolean unreadOnly, @RequestParam(required = false) String kind,
            HttpServletResponse response) throws IOException {
        ExcelDownload.headers(response, messages.get("notification.sheet") + ".xlsx");
        List<String> headers = Stream.of("createdAt", "kind", "title", "body", "sender", "status")
                .map(column -> messages.get("notification.col." + column)).toList();
        try (Stream<NotificationView> rows = centre.all(CurrentActor.get(), NotificationFilter.of(unreadOnly, kind))) {
            ExcelWriter.write(response.getOutputStream(), messages.get("notification.sheet"), headers,
                    rows.map(this::row));
        }
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id, RedirectAttributes redirect) {
        centre.markRead(CurrentActor.get(), id);
        return "redirect:/notifications";
    }

    /** 查看: marks it read and opens what it is about (the unit's own task). */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id) {
        return "redirect:" + centre.open(CurrentActor.get(), id);
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes redirect) {
        int count = centre.markAllRead(CurrentActor.get());
        redirect.addFlashAttribute("flash", messages.get("notification.allRead", count));
        return "redirect:/notifications";
    }

    private List<?> row(NotificationView view) {
        return java.util.Arrays.asList(LocalDateTime.ofInstant(view.createdAt(), ZoneId.systemDefault()),
                messages.get("notification.kind." + view.kind().name()), view.title(), view.body(),
                view.senderUnitName() == null ? "" : view.senderUnitName(),
                messages.get(view.unread() ? "notification.unread" : "notification.read"));
    }
}
