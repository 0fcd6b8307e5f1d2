package org.luoshi.activity.internal.checkin;

import java.util.Optional;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我的签到码 and the cards staff print: a member sees and renews their own code; the staff of the member's unit (or a
 * unit above it) print and renew it for members without a phone. Renewals are audited; the first showing makes the
 * code, which changes nothing anyone has seen.
 */
@Service
@Transactional
public class MemberCodeWorkflow {

    /** A member and the text their QR code carries. */
    public record MemberCode(long memberId, String name, String code) {
    }

    private final MemberCodes codes;
    private final CheckinWorkflow checkins;
    private final AuditTrail audit;
    private final Messages messages;

    MemberCodeWorkflow(MemberCodes codes, CheckinWorkflow checkins, AuditTrail audit, Messages messages) {
        this.codes = codes;
        this.checkins = checkins;
        this.audit = audit;
        this.messages = messages;
    }

    public MemberCode own(Actor actor) {
        MemberRef member = ownMember(actor);
        return new MemberCode(member.id(), member.name(), MemberCodes.PREFIX + codes.tokenOf(member.id()));
    }

    /** The actor's own code, if their account is linked to a member. */
    public Optional<MemberCode> ownIfLinked(Actor actor) {
        return checkins.memberOfAccount(actor).map(member -> new MemberCode(member.id(), member.name(),
                MemberCodes.PREFIX + codes.tokenOf(member.id())));
    }

    public MemberCode renewOwn(Actor actor) {
        return renewed(ownMember(actor));
    }

    public MemberCode of(Actor actor, long memberId) {
        MemberRef member = staffMember(actor, memberId);
        return new MemberCode(member.id(), member.name(), MemberCodes.PREFIX + codes.tokenOf(member.id()));
    }

    public MemberCode renew(Actor actor, long memberId) {
        return renewed(staffMember(actor, memberId));
    }

    private MemberCode renewed(MemberRef member) {
        String token = codes.renew(member.id());
        audit.record("activity.checkin.code.renew", "MEMBER", member.id(), member.unitPath(),
                messages.get("activity.checkin.audit.codeRenew", member.name()), null, null);
        return new MemberCode(member.id(), member.name(), MemberCodes.PREFIX + token);
    }

    private MemberRef ownMember(Actor actor) {
        return checkins.memberOfAccount(actor)
                .orElseThrow(() -> BusinessException.conflict("activity.checkin.noMember"));
    }

    private MemberRef staffMember(Actor actor, long memberId) {
        if (!ActivityRoles.isStaff(actor)) {
            throw BusinessException.forbidden("activity.checkin.forbidden");
        }
        return checkins.member(memberId).filter(m -> m.isWithin(actor.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("activity.checkin.member.notFound"));
    }
}
