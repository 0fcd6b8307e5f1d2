package org.luoshi.activity.internal.registration;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelReader;
import org.luoshi.shared.excel.ExcelRow;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批量报名: a unit's staff register members of their subtree, picked one by one (by name or ID number) or listed in
 * an Excel sheet (姓名, 身份证号). Every row is booked as a member registering alone would be (the same lock, the same
 * rules); a row that cannot be is reported with its number and reason, the good rows are kept; a row booked on the
 * waiting list is kept and reported as such.
 */
@Service
@Transactional
public class BulkRegistration {

    static final String NAME = "姓名";
    static final String ID_NUMBER = "身份证号";
    static final int MAX_ROWS = 2000;
    static final int MAX_PICKED = 200;

    private final Booking booking;
    private final MemberDirectory members;
    private final Messages messages;

    BulkRegistration(Booking booking, MemberDirectory members, Messages messages) {
        this.booking = booking;
        this.members = members;
        this.messages = messages;
    }

    /** One row or picked member: booked (with the status it got) or refused (with why, in Chinese). */
    public record BulkLine(int row, String name, RegistrationStatus status, String problem) {

        public boolean booked() {
            return status != null;
        }
    }

    /** What a bulk registration did, line by line. */
    public record BulkResult(List<BulkLine> lines) {

        public long registered() {
            return lines.stream().filter(l -> l.booked() && l.status().holdsPlace()).count();
        }

        public long waiting() {
            return lines.stream().filter(l -> l.status() == RegistrationStatus.WAITING).count();
        }

        public List<BulkLine> refused() {
            return lines.stream().filter(l -> !l.booked()).toList();
        }
    }

    /** Members of the actor's subtree picked on the page or named in the API, in the order given. */
    public BulkResult registerPicked(Actor actor, long activityId, List<Long> memberIds) {
        requireStaff(actor);
        booking.locked(activityId, actor);
        if (memberIds == null || memberIds.isEmpty()) {
            throw BusinessException.invalid("memberIds", "registration.bulk.nonePicked");
        }
        if (memberIds.size() > MAX_PICKED) {
            throw BusinessException.invalid("memberIds", "registration.bulk.tooMany", MAX_PICKED);
        }
        List<BulkLine> lines = new ArrayList<>();
        int row = 0;
        for (Long id : memberIds.stream().distinct().toList()) {
            row++;
            if (id == null) {
                continue;
            }
            MemberRef member = members.findAll(List.of(id)).get(id);
            if (member == null || !Registration.mayRegisterFor(actor, member)) {
                lines.add(new BulkLine(row, String.valueOf(id), null, messages.get("registration.member.notFound")));
                continue;
            }
            lines.add(book(actor, activityId, row, member));
        }
        return new BulkResult(lines);
    }

    /** The Excel sheet's rows, each booked or reported. */
    public BulkResult importSheet(Actor actor, long activityId, InputStream xlsx) {
        requireStaff(actor);
        booking.locked(activityId, actor);
        List<BulkLine> lines = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        try {
            ExcelReader.read(xlsx, headers -> {
                if (!headers.contains(NAME) && !headers.contains(ID_NUMBER)) {
                    throw BusinessException.invalid("file", "registration.import.headers", NAME, ID_NUMBER);
                }
            }, row -> {
                if (lines.size() >= MAX_ROWS) {
                    throw BusinessException.invalid("file", "registration.import.tooManyRows", MAX_ROWS);
                }
                lines.add(row(actor, activityId, row, seen));
            });
        } catch (ExcelReader.NotASpreadsheetException e) {
            throw BusinessException.invalid("file", "registration.import.notXlsx");
        }
        if (lines.isEmpty()) {
            throw BusinessException.invalid("file", "registration.import.empty");
        }
        return new BulkResult(lines);
    }

    private BulkLine row(Actor actor, long activityId, ExcelRow row, Map<Long, Integer> seen) {
        String name = row.get(NAME);
        String idNumber = row.get(ID_NUMBER);
        String shown = name == null ? "" : name;
        Optional<MemberRef> found;
        if (idNumber != null) {
            // looked up over the whole registry, so that a member of another subtree is named as such, not "not found"
            found = members.findByIdNumber(idNumber, "");
            if (found.isEmpty()) {
                return refused(row, shown, "registration.import.idNotFound");
            }
            if (!Registration.mayRegisterFor(actor, found.get())) {
                return refused(row, shown, "registration.import.otherSubtree");
            }
            if (name != null && !name.equals(found.get().name())) {
                return new BulkLine(row.rowNumber(), name, null, messages.get("registration.import.nameMismatch", name,
                        found.get().name()));
            }
        } else {
            List<MemberRef> named = members.search(actor.unitPath(), name, null, 3).stream()
                    .filter(m -> m.name().equals(name)).toList();
            if (named.size() != 1) {
                return refused(row, shown, named.isEmpty() ? "registration.import.nameNotFound"
                        : "registration.import.nameAmbiguous");
            }
            found = Optional.of(named.get(0));
        }
        MemberRef member = found.get();
        Integer earlier = seen.putIfAbsent(member.id(), row.rowNumber());
        if (earlier != null) {
            return new BulkLine(row.rowNumber(), member.name(), null,
                    messages.get("registration.import.duplicateRow", earlier));
        }
        return book(actor, activityId, row.rowNumber(), member);
    }

    private BulkLine book(Actor actor, long activityId, int row, MemberRef member) {
        try {
            RegistrationDesk.Outcome outcome = booking.book(actor, activityId, member);
            return new BulkLine(row, member.name(), outcome.status(), null);
        } catch (BusinessException e) {
            return new BulkLine(row, member.name(), null, messages.get(e));
        }
    }

    private BulkLine refused(ExcelRow row, String name, String key) {
        return new BulkLine(row.rowNumber(), name, null, messages.get(key));
    }

    private static void requireStaff(Actor actor) {
        if (!ActivityRoles.isStaff(actor)) {
            throw BusinessException.forbidden("registration.bulk.forbidden");
        }
    }
}
