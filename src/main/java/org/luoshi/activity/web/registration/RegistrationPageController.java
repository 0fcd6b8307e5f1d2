package org.luoshi.activity.web.registration;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.activity.internal.registration.BulkRegistration;
import org.luoshi.activity.internal.registration.PlaceShares;
import org.luoshi.activity.internal.registration.RegistrationDesk;
import org.luoshi.activity.internal.registration.RegistrationQueries;
import org.luoshi.activity.internal.registration.RegistrationStatus;
import org.luoshi.activity.internal.registration.Rosters;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报名 pages: 报名 and 取消报名 from the activity's page, 我的报名, and for staff 报名名单 (with 审核 and the Excel
 * export), 代为报名 (picker and Excel import with its row report) and 名额分配.
 */
@Controller
@RequestMapping("/activities")
class RegistrationPageController {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final RegistrationDesk desk;
    private final BulkRegistration bulk;
    private final PlaceShares shares;
    private final Rosters rosters;
    private final RegistrationQueries queries;
    private final ActivityWorkflow activities;
    private final Messages messages;
    private final Clock clock;

    RegistrationPageController(RegistrationDesk desk, BulkRegistration bulk, PlaceShares shares, Rosters rosters,
            RegistrationQueries queries, ActivityWorkflow activities, Messages messages, Clock clock) {
        this.clock = clock;
        this.desk = desk;
        this.bulk = bulk;
        this.shares = shares;
        this.rosters = rosters;
        this.queries = queries;
        this.activities = activities;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "activities";
    }

    @PostMapping("/{id}/register")
    String register(@PathVariable long id, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/" + id, () -> {
            RegistrationDesk.Outcome outcome = desk.registerSelf(CurrentActor.get(), id);
            redirect.addFlashAttribute("flash", messages.get("registration.done." + outcome.status().name()));
            return "redirect:/activities/" + id + "#registration";
        });
    }

    @PostMapping("/registrations/{registrationId}/cancel")
    String cancel(@PathVariable long registrationId, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        long activityId = desk.visible(registrationId, actor).activityId();
        String target = "mine".equals(back) ? "/activities/my-registrations"
                : "roster".equals(back) ? "/activities/" + activityId + "/registrations"
                : "/activities/" + activityId + "#registration";
        return FormErrors.act(redirect, messages, target, () -> {
            desk.cancel(actor, registrationId);
            redirect.addFlashAttribute("flash", messages.get("registration.cancelled"));
            return "redirect:" + target;
        });
    }

    @GetMapping("/my-registrations")
    String mine(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("member", desk.self(actor).orElse(null));
        model.addAttribute("page", desk.self(actor).map(m -> queries.mine(m.id(), PageQuery.of(page, 20)))
                .orElse(null));
        return "activity/registration/mine";
    }

    @GetMapping("/{id}/registrations")
    String roster(@PathVariable long id, @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        Rosters.Roster roster = rosters.of(actor, id, status, q, PageQuery.of(page, 20));
        model.addAttribute("activity", roster.activity());
        model.addAttribute("roster", roster);
        model.addAttribute("page", roster.page());
        model.addAttribute("statuses", RegistrationStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        return "activity/registration/roster";
    }

    @GetMapping("/{id}/registrations.xlsx")
    void export(@PathVariable long id, @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        Activity activity = rosters.readable(actor, id);
        try (OutputStream out = ExcelDownload.start(response, messages.get("registration.export.file",
                activity.details().title(), FILE_TIME.format(LocalDate.now(clock))))) {
            rosters.export(actor, activity, status, q, out);
        }
    }

    @PostMapping("/registrations/{registrationId}/decision")
    String decide(@PathVariable long registrationId, @RequestParam(required = false) Boolean approve,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        long activityId = desk.visible(registrationId, actor).activityId();
        String target = "/activities/" + activityId + "/registrations";
        return FormErrors.act(redirect, messages, target, () -> {
            desk.decide(actor, registrationId, Boolean.TRUE.equals(approve), reason);
            redirect.addFlashAttribute("flash", messages.get(Boolean.TRUE.equals(approve)
                    ? "registration.approved" : "registration.rejected"));
            return "redirect:" + target;
        });
    }

    @GetMapping("/{id}/registrations/add")
    String picker(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("activity", rosters.registrable(actor, id));
        model.addAttribute("q", q);
        model.addAttribute("candidates", q == null || q.isBlank() ? List.of() : rosters.candidates(actor, id, q));
        return "activity/registration/add";
    }

    @PostMapping("/{id}/registrations/add")
    String addPicked(@PathVariable long id, @RequestParam(name = "memberId", required = false) List<Long> memberIds,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        return FormErrors.act(redirect, messages, "/activities/" + id + "/registrations/add", () -> {
            model.addAttribute("activity", rosters.registrable(actor, id));
            model.addAttribute("result", bulk.registerPicked(actor, id, memberIds));
            return "activity/registration/result";
        });
    }

    @PostMapping("/{id}/registrations/import")
    String importSheet(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        return FormErrors.act(redirect, messages, "/activities/" + id + "/registrations/add", () -> {
            if (file == null || file.isEmpty()) {
                throw BusinessException.invalid("file", "registration.import.noFile");
            }
            model.addAttribute("activity", rosters.registrable(actor, id));
            model.addAttribute("result", bulk.importSheet(actor, id,
                    new ByteArrayInputStream(Upload.of(file).content())));
            return "activity/registration/result";
        });
    }

    @GetMapping("/{id}/places")
    String places(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("activity", activities.visible(id, actor));
        model.addAttribute("shares", shares.list(actor, id));
        model.addAttribute("units", rosters.shareableUnits(actor, id));
        return "activity/registration/places";
    }

    @PostMapping("/{id}/places")
    String allocate(@PathVariable long id, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer places,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime returnsAt,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/" + id + "/places", () -> {
            shares.allocate(CurrentActor.get(), id, unitId, places, returnsAt);
            redirect.addFlashAttribute("flash", messages.get("registration.places.saved"));
            return "redirect:/activities/" + id + "/places";
        });
    }
}
