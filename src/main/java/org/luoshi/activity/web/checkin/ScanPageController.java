package org.luoshi.activity.web.checkin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.luoshi.activity.internal.checkin.CheckinDesk;
import org.luoshi.activity.internal.checkin.CheckinWorkflow;
import org.luoshi.activity.internal.checkin.PhoneCheckin;
import org.luoshi.activity.internal.checkin.PhoneOutcome;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.ClientAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 扫码签到: where the phone's camera lands after scanning the screen, logged in or not. A logged-in member confirms
 * with one tap; anyone else gives their name and the last four digits of their phone, and picks themselves from
 * masked choices when two members fit. A stale or forged code gets the reason instead of the form.
 */
@Controller
@RequestMapping("/checkin/{id}")
class ScanPageController {

    private final CheckinWorkflow workflow;
    private final CheckinAnswers answers;
    private final Messages messages;

    ScanPageController(CheckinWorkflow workflow, CheckinAnswers answers, Messages messages) {
        this.workflow = workflow;
        this.answers = answers;
        this.messages = messages;
    }

    @GetMapping
    String scanned(@PathVariable long id, @RequestParam(name = "c", required = false) String code, Model model,
            HttpServletResponse response) {
        return page(id, code, model, response, () -> "activity/checkin/scan");
    }

    /** 确认签到 of a logged-in member. */
    @PostMapping("/confirm")
    String confirm(@PathVariable long id, @RequestParam(name = "c", required = false) String code, Model model,
            HttpServletResponse response) {
        return page(id, code, model, response, () -> {
            Actor actor = CurrentActor.find().orElseThrow(() -> BusinessException.conflict(
                    "activity.checkin.noMember"));
            model.addAttribute("answer", answers.of(workflow.scan(actor, id, code)));
            return "activity/checkin/scan";
        });
    }

    @PostMapping("/phone")
    String byPhone(@PathVariable long id, @RequestParam(name = "c", required = false) String code,
            @RequestParam(required = false) String name, @RequestParam(required = false) String phoneSuffix,
            @RequestParam(required = false) Integer choice, Model model, HttpServletResponse response) {
        model.addAttribute("name", name);
        model.addAttribute("phoneSuffix", phoneSuffix);
        return page(id, code, model, response, () -> {
            PhoneOutcome outcome = workflow.byPhone(CurrentActor.find().map(Actor::accountId).orElse(null), id,
                    new PhoneCheckin(code, name, phoneSuffix, choice), ClientAddress.current().orElse("?"));
            if (outcome.asksWhich()) {
                model.addAttribute("choices", outcome.choices());
            } else {
                model.addAttribute("answer", answers.of(outcome.result()));
            }
            return "activity/checkin/scan";
        });
    }

    /**
     * The page for this code: the activity and the way to check in; a refusal (stale code, outside the window, no
     * match) is shown on it with its status, and the form stays for another try where one makes sense.
     */
    private String page(long id, String code, Model model, HttpServletResponse response,
            java.util.function.Supplier<String> action) {
        model.addAttribute("id", id);
        model.addAttribute("code", code);
        CheckinDesk desk;
        try {
            desk = workflow.deskForCode(id, code);
        } catch (BusinessException e) {
            return refused(e, model, response, false);
        }
        model.addAttribute("activityTitle", desk.title());
        Optional<MemberRef> member = CurrentActor.find().flatMap(workflow::memberOfAccount);
        model.addAttribute("member", member.orElse(null));
        try {
            return action.get();
        } catch (BusinessException e) {
            return refused(e, model, response, true);
        }
    }

    private String refused(BusinessException e, Model model, HttpServletResponse response, boolean codeValid) {
        response.setStatus(e.status().value());
        model.addAttribute("error", messages.get(e));
        model.addAttribute("codeValid", codeValid);
        return "activity/checkin/scan";
    }
}
