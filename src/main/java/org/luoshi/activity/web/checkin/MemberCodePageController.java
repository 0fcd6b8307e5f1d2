package org.luoshi.activity.web.checkin;

import org.luoshi.activity.internal.checkin.MemberCodeWorkflow;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的签到码, and the printable card staff make for a member without a phone. */
@Controller
@RequestMapping("/activities/checkin")
class MemberCodePageController {

    private static final int CARD_PIXELS = 8;

    private final MemberCodeWorkflow codes;
    private final Messages messages;

    MemberCodePageController(MemberCodeWorkflow codes, Messages messages) {
        this.codes = codes;
        this.messages = messages;
    }

    @GetMapping("/my-code")
    String mine(Model model) {
        model.addAttribute("menu", "me");
        model.addAttribute("card", codes.ownIfLinked(CurrentActor.get()).orElse(null));
        model.addAttribute("image", "/activities/checkin/my-code.png");
        model.addAttribute("renew", "/activities/checkin/my-code/renew");
        return "activity/checkin/member-code";
    }

    @GetMapping("/my-code.png")
    ResponseEntity<byte[]> myImage() {
        return CheckinScreen.png(codes.own(CurrentActor.get()).code(), CARD_PIXELS);
    }

    @PostMapping("/my-code/renew")
    String renewMine(RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/checkin/my-code", () -> {
            codes.renewOwn(CurrentActor.get());
            redirect.addFlashAttribute("flash", messages.get("activity.checkin.code.renewed"));
            return "redirect:/activities/checkin/my-code";
        });
    }

    @GetMapping("/members/{memberId}/card")
    String card(@PathVariable long memberId, Model model) {
        model.addAttribute("menu", "activities");
        model.addAttribute("card", codes.of(CurrentActor.get(), memberId));
        model.addAttribute("image", "/activities/checkin/members/" + memberId + "/card.png");
        model.addAttribute("renew", "/activities/checkin/members/" + memberId + "/card/renew");
        return "activity/checkin/member-code";
    }

    @GetMapping("/members/{memberId}/card.png")
    ResponseEntity<byte[]> cardImage(@PathVariable long memberId) {
        return CheckinScreen.png(codes.of(CurrentActor.get(), memberId).code(), CARD_PIXELS);
    }

    @PostMapping("/members/{memberId}/card/renew")
    String renew(@PathVariable long memberId, RedirectAttributes redirect) {
        String back = "/activities/checkin/members/" + memberId + "/card";
        return FormErrors.act(redirect, messages, back, () -> {
            codes.renew(CurrentActor.get(), memberId);
            redirect.addFlashAttribute("flash", messages.get("activity.checkin.code.renewed"));
            return "redirect:" + back;
        });
    }
}
