package org.luoshi.activity.web.checkin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.activity.internal.checkin.MemberCodeWorkflow;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 会员签到码 API: a member's own code; staff print and renew the codes of their subtree's members. */
@RestController
@RequestMapping("/api/v1/activities/checkin-codes")
@Tag(name = "活动签到")
class MemberCodeApiController {

    private final MemberCodeWorkflow codes;

    MemberCodeApiController(MemberCodeWorkflow codes) {
        this.codes = codes;
    }

    @GetMapping("/mine")
    @Operation(summary = "我的签到码（账号关联的会员）：二维码的内容 code")
    MemberCodeWorkflow.MemberCode mine() {
        return codes.own(CurrentActor.get());
    }

    @PostMapping("/mine/renew")
    @Operation(summary = "更换我的签到码：原来的签到码（含已打印的）不再有效")
    MemberCodeWorkflow.MemberCode renewMine() {
        return codes.renewOwn(CurrentActor.get());
    }

    @GetMapping("/members/{memberId}")
    @Operation(summary = "会员的签到码（工作人员，本单位及下级的会员），供打印给没有手机的会员")
    MemberCodeWorkflow.MemberCode ofMember(@PathVariable long memberId) {
        return codes.of(CurrentActor.get(), memberId);
    }

    @PostMapping("/members/{memberId}/renew")
    @Operation(summary = "更换会员的签到码（工作人员），如打印的签到卡遗失")
    MemberCodeWorkflow.MemberCode renewMember(@PathVariable long memberId) {
        return codes.renew(CurrentActor.get(), memberId);
    }
}
