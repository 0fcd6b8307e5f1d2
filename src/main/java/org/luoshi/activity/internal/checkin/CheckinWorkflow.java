package org.luoshi.activity.internal.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.luoshi.activity.internal.activity.ActivityRepository;
import org.luoshi.audit.AuditTrail;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberPhoneMatch;
import org.luoshi.org.MemberRef;
import org.luoshi.org.MemberStatus;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 签到: every way a person comes to be counted at an activity — their own scan of the screen's rotating code (logged
 * in, or by name and phone suffix), staff scanning their member code, the roll call, walk-ins — and staff undoing a
 * mistaken one. The desk's rules decide who may and when; the unique indexes decide that each person counts once;
 * each check-in and each removal is audited in its own transaction.
 */
@Service
@Transactional
public class CheckinWorkflow {

    static final int MAX_NAME = 50;
    static final int MAX_UNIT = 200;
    private static final Pattern SUFFIX = Pattern.compile("\\d{4}");
    private static final int MAX_CHOICES = 10;

    private final ActivityRepository activities;
    private final CheckinWindows windows;
    private final CheckinRepository checkins;
    private final CheckinCodes codes;
    private final CheckinProbes probes;
    private final MemberCodes memberCodes;
    private final MemberDirectory members;
    private final AccountDirectory accounts;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    CheckinWorkflow(ActivityRepository activities, CheckinWindows windows, CheckinRepository checkins,
            CheckinCodes codes, CheckinProbes probes, MemberCodes memberCodes, MemberDirectory members,
            AccountDirectory accounts, UnitDirectory units, AuditTrail audit, Messages messages, Clock clock) {
        this.activities = activities;
        this.windows = windows;
        this.checkins = checkins;
        this.codes = codes;
        this.probes = probes;
        this.memberCodes = memberCodes;
        this.members = members;
        this.accounts = accounts;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The desk of an activity the actor may see; else 404 (missing and hidden look the same). */
    @Transactional(readOnly = true)
    public CheckinDesk visibleDesk(Actor actor, long activityId) {
        CheckinDesk desk = desk(activityId);
        if (!desk.activity().visibleTo(actor)) {
            throw BusinessException.notFound("activity.notFound");
        }
        return desk;
    }

    /** The desk of an activity whose check-in the actor runs (organiser's staff); 404 if hidden, 403 if only seen. */
    @Transactional(readOnly = true)
    public CheckinDesk staffDesk(Actor actor, long activityId) {
        CheckinDesk desk = visibleDesk(actor, activityId);
        desk.guardRun(actor);
        return desk;
    }

    /**
     * The desk a scanned screen code opens, for anyone holding a current code (logged in or not): the code is
     * checked before the activity is looked up, so a made-up code tells nothing about which activities exist.
     */
    @Transactional(readOnly = true)
    public CheckinDesk deskForCode(long activityId, String code) {
        switch (codes.verify(activityId, code, clock.instant())) {
            case STALE -> throw BusinessException.conflict("activity.checkin.code.stale");
            case FORGED -> throw BusinessException.invalid("code", "activity.checkin.code.forged");
            default -> {
                return desk(activityId);
            }
        }
    }

    /** 扫码签到 by a logged-in member with the screen's code. */
    public CheckinResult scan(Actor actor, long activityId, String code) {
        CheckinDesk desk = deskForCode(activityId, code);
        desk.requireOpen(clock.instant(), clock.getZone());
        MemberRef member = memberOfAccount(actor)
                .orElseThrow(() -> BusinessException.conflict("activity.checkin.noMember"));
        desk.requireAdmits(member);
        return record(desk, Attendee.member(member), CheckinMethod.SCAN, actor.accountId());
    }

    /** 扫码签到 by name and phone suffix, for a person without an account (or whose account has no member). */
    public PhoneOutcome byPhone(Long accountId, long activityId, PhoneCheckin c, String client) {
        CheckinDesk desk = deskForCode(activityId, c.code());
        desk.requireOpen(clock.instant(), clock.getZone());
        String name = required("name", c.name(), MAX_NAME);
        String suffix = c.phoneSuffix() == null ? "" : c.phoneSuffix().strip();
        if (!SUFFIX.matcher(suffix).matches()) {
            throw BusinessException.invalid("phoneSuffix", "activity.checkin.phone.suffix");
        }
        probes.requireAllowance(activityId, client);
        List<MemberPhoneMatch> matches = members.findByNameAndPhoneSuffix(desk.lookupScope(), name, suffix,
                MAX_CHOICES);
        if (matches.isEmpty()) {
            probes.record(activityId, client);
            throw BusinessException.invalid("phoneSuffix", "activity.checkin.phone.noMatch");
        }
        if (matches.size() > 1 && c.choice() == null) {
            return new PhoneOutcome(null, choices(matches));
        }
        int index = matches.size() == 1 ? 0 : c.choice() - 1;
        if (index < 0 || index >= matches.size()) {
            throw BusinessException.invalid("choice", "activity.checkin.phone.choice", matches.size());
        }
        MemberRef member = matches.get(index).member();
        desk.requireAdmits(member);
        return new PhoneOutcome(record(desk, Attendee.member(member), CheckinMethod.SCAN, accountId), List.of());
    }

    /** 扫会员码: staff scanned (or typed) the member's own code. */
    public CheckinResult byMemberCode(Actor actor, long activityId, String scanned) {
        CheckinDesk desk = staffDesk(actor, activityId);
        desk.requireOpen(clock.instant(), clock.getZone());
        MemberRef member = memberCodes.memberOf(scanned).flatMap(this::member)
                .orElseThrow(() -> BusinessException.invalid("token", "activity.checkin.memberCode.unknown"));
        desk.requireAdmits(member);
        return record(desk, Attendee.member(member), CheckinMethod.MEMBER_CODE, actor.accountId());
    }

    /** 点名: staff tick a member of the activity's audience. */
    public CheckinResult rollCall(Actor actor, long activityId, Long memberId) {
        CheckinDesk desk = staffDesk(actor, activityId);
        desk.requireOpen(clock.instant(), clock.getZone());
        MemberRef member = (memberId == null ? Optional.<MemberRef>empty() : member(memberId))
                .filter(m -> m.isWithin(desk.activity().details().audience().path()))
                .orElseThrow(() -> BusinessException.invalid("memberId", "activity.checkin.member.unknown"));
        return record(desk, Attendee.member(member), CheckinMethod.ROLL_CALL, actor.accountId());
    }

    /** 现场登记: a member of the actor's subtree by id, or a person who is not a member by name and unit. */
    public CheckinResult walkIn(Actor actor, long activityId, WalkIn c) {
        CheckinDesk desk = staffDesk(actor, activityId);
        desk.requireOpen(clock.instant(), clock.getZone());
        return record(desk, walkInAttendee(actor, c), CheckinMethod.WALK_IN, actor.accountId());
    }

    /** 撤销签到: staff undo a check-in made by mistake (a wrong tick, a wrong namesake). */
    public void remove(Actor actor, long activityId, long checkinId) {
        CheckinDesk desk = staffDesk(actor, activityId);
        CheckinRepository.Entry entry = checkins.find(activityId, checkinId)
                .orElseThrow(() -> BusinessException.notFound("activity.checkin.notFound"));
        checkins.delete(checkinId);
        audit.record("activity.checkin.remove", "activity_checkin", checkinId, desk.activity().unitPath(),
                messages.get("activity.checkin.audit.remove", entry.name(), desk.title()), entry, null);
    }

    /** 签到时间 of the activity. */
    public CheckinWindow saveWindow(Actor actor, long activityId, Integer opensBeforeMinutes,
            Integer closesAfterMinutes) {
        CheckinDesk desk = staffDesk(actor, activityId);
        CheckinWindow window = CheckinWindow.of(opensBeforeMinutes, closesAfterMinutes);
        windows.save(activityId, window, actor.accountId(), clock.instant());
        audit.record("activity.checkin.window", "activity", activityId, desk.activity().unitPath(),
                messages.get("activity.checkin.audit.window", desk.title(), window.opensBeforeMinutes(),
                        window.closesAfterMinutes()), desk.window(), window);
        return window;
    }

    /** Counts one row of an imported paper sheet. */
    CheckinResult recordSheetRow(CheckinDesk desk, Attendee attendee, long by) {
        return record(desk, attendee, CheckinMethod.SHEET, by);
    }

    /** A member by id if in good standing. */
    Optional<MemberRef> member(long memberId) {
        return Optional.ofNullable(members.findAll(Set.of(memberId)).get(memberId))
                .filter(m -> m.status() == MemberStatus.ACTIVE);
    }

    /** The member an account is the login of. */
    public Optional<MemberRef> memberOfAccount(Actor actor) {
        return accounts.memberOf(actor.accountId()).flatMap(this::member);
    }

    private CheckinDesk desk(long activityId) {
        return activities.find(activityId).map(a -> new CheckinDesk(a, windows.of(activityId)))
                .orElseThrow(() -> BusinessException.notFound("activity.notFound"));
    }

    private Attendee walkInAttendee(Actor actor, WalkIn c) {
        if (c.memberId() != null) {
            return member(c.memberId()).filter(m -> m.isWithin(actor.scopePath())).map(Attendee::member)
                    .orElseThrow(() -> BusinessException.invalid("memberId", "activity.checkin.member.unknown"));
        }
        return Attendee.guest(required("name", c.name(), MAX_NAME), required("unitName", c.unitName(), MAX_UNIT));
    }

    /** Counts the attendee once: a second time answers the first check-in, and writes nothing. */
    private CheckinResult record(CheckinDesk desk, Attendee attendee, CheckinMethod method, Long by) {
        long activityId = desk.activity().id();
        Instant now = clock.instant();
        Optional<Long> id = attendee.isMember()
                ? checkins.insertMember(activityId, attendee.memberId(), attendee.name(), attendee.unitId(), method,
                        now, by)
                : checkins.insertGuest(activityId, attendee.name(), attendee.guestUnit(), method, now, by);
        if (id.isEmpty()) {
            CheckinRepository.Entry first = (attendee.isMember()
                    ? checkins.ofMember(activityId, attendee.memberId())
                    : checkins.ofGuest(activityId, attendee.name(), attendee.guestUnit())).orElseThrow();
            return new CheckinResult(first.id(), first.name(), first.checkedInAt(), first.method(), true);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", attendee.name());
        after.put("memberId", attendee.memberId());
        after.put("guestUnit", attendee.guestUnit());
        after.put("method", method);
        audit.record("activity.checkin.add", "activity_checkin", id.get(), desk.activity().unitPath(),
                messages.get("activity.checkin.audit.add", attendee.name(), desk.title(),
                        messages.get("activity.checkin.method." + method)), null, after);
        return new CheckinResult(id.get(), attendee.name(), now, method, false);
    }

    private List<PhoneOutcome.Choice> choices(List<MemberPhoneMatch> matches) {
        Map<Long, UnitRef> found = units.findAll(matches.stream().map(m -> m.member().unitId()).distinct().toList());
        return IntStream.range(0, matches.size()).mapToObj(i -> {
            MemberPhoneMatch m = matches.get(i);
            UnitRef unit = found.get(m.member().unitId());
            return new PhoneOutcome.Choice(i + 1, m.member().name(), unit == null ? "" : unit.name(),
                    m.maskedPhone());
        }).toList();
    }

    static String required(String field, String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw BusinessException.invalid(field, "activity.checkin." + field + ".required");
        }
        if (clean.length() > max) {
            throw BusinessException.invalid(field, "activity.checkin.text.tooLong", max);
        }
        return clean;
    }
}
