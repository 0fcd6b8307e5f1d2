package org.luoshi.activity.web.checkin;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.luoshi.activity.internal.checkin.CheckinDesk;
import org.luoshi.activity.internal.checkin.CheckinMethod;
import org.luoshi.activity.internal.checkin.CheckinQueries;
import org.luoshi.activity.internal.checkin.CheckinWorkflow;
import org.luoshi.activity.internal.checkin.SheetImport;
import org.luoshi.activity.internal.checkin.WalkIn;
import org.luoshi.org.MemberDirectory;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.springframework.http.ResponseEntity;
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
 * 签到管理 pages for the organiser's staff: the overview (figures, window, walk-ins, the paper sheet, who has checked
 * in), the roll call, the full-screen display for the venue and the phone scanner for members' own codes.
 */
@Controller
@RequestMapping("/activities/{id}/checkin")
class CheckinPageController {

    private static final int WALK_IN_SUGGESTIONS = 10;

    /** A rejected row of the paper sheet, kept in the session (Spring Session JDBC) until the page shows it. */
    record SheetRow(int rowNumber, String column, String reason) implements Serializable {
    }

    private final CheckinWorkflow workflow;
    private final CheckinQueries queries;
    private final SheetImport sheets;
    private final CheckinScreen screen;
    private final CheckinAnswers answers;
    private final MemberDirectory members;
    private final Messages messages;

    CheckinPageController(CheckinWorkflow workflow, CheckinQueries queries, SheetImport sheets, CheckinScreen screen,
            CheckinAnswers answers, MemberDirectory members, Messages messages) {
        this.workflow = workflow;
        this.queries = queries;
        this.sheets = sheets;
        this.screen = screen;
        this.answers = answers;
        this.members = members;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "activities";
    }

    @GetMapping
    String manage(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) CheckinMethod checkinMethod, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String who, Model model) {
        Actor actor = CurrentActor.get();
        CheckinDesk desk = workflow.staffDesk(actor, id);
        model.addAttribute("desk", desk);
        model.addAttribute("figures", queries.figures(id));
        model.addAttribute("q", q);
        model.addAttribute("checkinMethod", checkinMethod);
        model.addAttribute("methods", CheckinMethod.values());
        model.addAttribute("page", queries.page(id, q, checkinMethod, PageQuery.of(page, 20)));
        model.addAttribute("who", who);
        model.addAttribute("suggestions", who == null || who.isBlank() ? List.of()
                : members.search(actor.scopePath(), who, null, WALK_IN_SUGGESTIONS));
        return "activity/checkin/manage";
    }

    @GetMapping("/roll-call")
    String rollCall(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        CheckinDesk desk = workflow.staffDesk(CurrentActor.get(), id);
        model.addAttribute("desk", desk);
        model.addAttribute("q", q);
        model.addAttribute("page", queries.rollCall(desk, q, PageQuery.of(page, 30)));
        return "activity/checkin/roll-call";
    }

    @PostMapping("/roll-call")
    String tick(@PathVariable long id, @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            RedirectAttributes redirect) {
        String back = "/activities/" + id + "/checkin/roll-call" + query(q, page);
        return FormErrors.act(redirect, messages, back, () -> {
            redirect.addFlashAttribute("flash", answers.of(workflow.rollCall(CurrentActor.get(), id, memberId))
                    .message());
            return "redirect:" + back;
        });
    }

    @PostMapping("/walk-in")
    String walkIn(@PathVariable long id, @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) String name, @RequestParam(required = false) String unitName,
            RedirectAttributes redirect) {
        String back = "/activities/" + id + "/checkin#walk-in";
        return FormErrors.act(redirect, messages, back, () -> {
            redirect.addFlashAttribute("flash", answers.of(workflow.walkIn(CurrentActor.get(), id,
                    new WalkIn(memberId, name, unitName))).message());
            return "redirect:" + back;
        });
    }

    @PostMapping("/member-code")
    String memberCode(@PathVariable long id, @RequestParam(required = false) String token,
            RedirectAttributes redirect) {
        String back = "/activities/" + id + "/checkin/scanner";
        return FormErrors.act(redirect, messages, back, () -> {
            redirect.addFlashAttribute("flash", answers.of(workflow.byMemberCode(CurrentActor.get(), id, token))
                    .message());
            return "redirect:" + back;
        });
    }

    @PostMapping("/{checkinId}/remove")
    String remove(@PathVariable long id, @PathVariable long checkinId, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        String to = "roll-call".equals(back) ? "/activities/" + id + "/checkin/roll-call" : "/activities/" + id
                + "/checkin";
        return FormErrors.act(redirect, messages, to, () -> {
            String name = queries.find(id, checkinId).map(e -> e.name()).orElse("");
            workflow.remove(CurrentActor.get(), id, checkinId);
            redirect.addFlashAttribute("flash", messages.get("activity.checkin.removed", name));
            return "redirect:" + to;
        });
    }

    @PostMapping("/window")
    String window(@PathVariable long id, @RequestParam(required = false) Integer opensBeforeMinutes,
            @RequestParam(required = false) Integer closesAfterMinutes, RedirectAttributes redirect) {
        String back = "/activities/" + id + "/checkin#window";
        return FormErrors.act(redirect, messages, back, () -> {
            workflow.saveWindow(CurrentActor.get(), id, opensBeforeMinutes, closesAfterMinutes);
            redirect.addFlashAttribute("flash", messages.get("activity.checkin.window.saved"));
            return "redirect:" + back;
        });
    }

    @PostMapping("/import")
    String importSheet(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        String back = "/activities/" + id + "/checkin#sheet";
        return FormErrors.act(redirect, messages, back, () -> {
            List<Upload> uploads = Upload.of(file == null ? null : List.of(file));
            if (uploads.isEmpty()) {
                throw BusinessException.invalid("file", "file.empty", "");
            }
            ImportReport report = sheets.importSheet(CurrentActor.get(), id,
                    new ByteArrayInputStream(uploads.get(0).content()));
            redirect.addFlashAttribute("flash", messages.get("activity.checkin.sheet.result", report.rows(),
                    report.importedCount(), report.rejectedRowCount()));
            redirect.addFlashAttribute("sheetErrors", report.errors().stream()
                    .map(e -> new SheetRow(e.rowNumber(), e.column(), e.reason())).toList());
            return "redirect:" + back;
        });
    }

    @GetMapping("/display")
    String display(@PathVariable long id, Model model) {
        model.addAttribute("live", screen.live(workflow.staffDesk(CurrentActor.get(), id)));
        return "activity/checkin/display";
    }

    @GetMapping("/code.png")
    ResponseEntity<byte[]> code(@PathVariable long id) {
        return screen.png(workflow.staffDesk(CurrentActor.get(), id));
    }

    @GetMapping("/scanner")
    String scanner(@PathVariable long id, Model model) {
        model.addAttribute("desk", workflow.staffDesk(CurrentActor.get(), id));
        return "activity/checkin/scanner";
    }

    private static String query(String q, Integer page) {
        StringBuilder query = new StringBuilder();
        if (q != null && !q.isBlank()) {
            query.append("?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (page != null && page > 1) {
            query.append(query.isEmpty() ? '?' : '&').append("page=").append(page);
        }
        return query.toString();
    }
}
