package org.luoshi.activity.internal.checkin;

import java.io.InputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberPhoneMatch;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelReader;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.excel.ExcelRow;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 纸质签到表 entered afterwards from Excel: headers 姓名 and, to tell namesakes apart, 身份证号 or 手机号后四位; 单位 for
 * a person who is not a member. Members are looked for in the staff's own subtree. Each good row is counted (once:
 * a person already checked in is reported, not counted twice); each bad row is reported with its number and reason,
 * and the good rows are kept.
 */
@Service
@Transactional
public class SheetImport {

    static final String NAME = "姓名";
    static final String ID_NUMBER = "身份证号";
    static final String PHONE_SUFFIX = "手机号后四位";
    static final String UNIT = "单位";
    private static final int MAX_ROWS = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final CheckinWorkflow workflow;
    private final MemberDirectory members;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    SheetImport(CheckinWorkflow workflow, MemberDirectory members, AuditTrail audit, Messages messages, Clock clock) {
        this.workflow = workflow;
        this.members = members;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public ImportReport importSheet(Actor actor, long activityId, InputStream xlsx) {
        CheckinDesk desk = workflow.staffDesk(actor, activityId);
        desk.requireSheetAllowed(clock.instant(), clock.getZone());
        ImportReport report = new ImportReport();
        Map<String, Integer> seen = new HashMap<>();
        try {
            ExcelReader.read(xlsx, SheetImport::requireHeaders, row -> {
                report.rowRead();
                if (report.rows() > MAX_ROWS) {
                    throw BusinessException.invalid("file", "activity.checkin.sheet.tooManyRows", MAX_ROWS);
                }
                row(desk, actor, row, report, seen);
            });
        } catch (ExcelReader.NotASpreadsheetException e) {
            throw BusinessException.invalid("file", "activity.checkin.sheet.notXlsx");
        }
        audit.record("activity.checkin.import", "activity", activityId, desk.activity().unitPath(),
                messages.get("activity.checkin.audit.import", desk.title(), report.importedCount(),
                        report.rejectedRowCount()), null, Map.of("rows", report.rows(),
                        "imported", report.importedCount(), "rejected", report.rejectedRowCount()));
        return report;
    }

    private static void requireHeaders(List<String> headers) {
        if (!headers.contains(NAME)) {
            throw BusinessException.invalid("file", "activity.checkin.sheet.headers", NAME, ID_NUMBER, PHONE_SUFFIX,
                    UNIT);
        }
    }

    private void row(CheckinDesk desk, Actor actor, ExcelRow row, ImportReport report, Map<String, Integer> seen) {
        String name = row.get(NAME);
        if (name == null) {
            report.reject(row.rowNumber(), NAME, messages.get("activity.checkin.sheet.nameMissing"));
            return;
        }
        if (name.length() > CheckinWorkflow.MAX_NAME) {
            report.reject(row.rowNumber(), NAME, messages.get("activity.checkin.text.tooLong",
                    CheckinWorkflow.MAX_NAME));
            return;
        }
        Found found = find(actor.scopePath(), name, row);
        if (found.problem() != null) {
            report.reject(row.rowNumber(), found.column(), found.problem());
            return;
        }
        String key = found.attendee().isMember() ? "m" + found.attendee().memberId()
                : "g" + name + "|" + found.attendee().guestUnit();
        Integer earlier = seen.putIfAbsent(key, row.rowNumber());
        if (earlier != null) {
            report.reject(row.rowNumber(), NAME, messages.get("activity.checkin.sheet.duplicate", name, earlier));
            return;
        }
        CheckinResult result = workflow.recordSheetRow(desk, found.attendee(), actor.accountId());
        if (result.already()) {
            report.reject(row.rowNumber(), NAME, messages.get("activity.checkin.sheet.already", name,
                    TIME.format(result.at().atZone(clock.getZone()))));
            return;
        }
        report.imported(1);
    }

    /** The person a row names, or why it names nobody (and in which column). */
    private record Found(Attendee attendee, String column, String problem) {
    }

    private Found find(String scope, String name, ExcelRow row) {
        String idNumber = row.get(ID_NUMBER);
        String suffix = row.get(PHONE_SUFFIX);
        String unit = row.get(UNIT);
        if (idNumber != null) {
            Optional<MemberRef> member = members.findByIdNumber(idNumber, scope);
            if (member.isEmpty()) {
                return problem(ID_NUMBER, messages.get("activity.checkin.sheet.idNotFound"));
            }
            if (!member.get().name().equals(name)) {
                return problem(NAME, messages.get("activity.checkin.sheet.nameMismatch", name, member.get().name()));
            }
            return new Found(Attendee.member(member.get()), null, null);
        }
        List<MemberRef> named;
        if (suffix != null) {
            if (!suffix.matches("\\d{4}")) {
                return problem(PHONE_SUFFIX, messages.get("activity.checkin.phone.suffix"));
            }
            named = members.findByNameAndPhoneSuffix(scope, name, suffix, 2).stream().map(MemberPhoneMatch::member)
                    .toList();
        } else {
            named = members.search(scope, name, null, 2).stream().filter(m -> m.name().equals(name)).toList();
        }
        if (named.size() == 1) {
            return new Found(Attendee.member(named.get(0)), null, null);
        }
        if (named.size() > 1) {
            return problem(NAME, messages.get("activity.checkin.sheet.ambiguous", name));
        }
        if (unit == null) {
            return problem(NAME, messages.get("activity.checkin.sheet.notFound", name));
        }
        if (unit.length() > CheckinWorkflow.MAX_UNIT) {
            return problem(UNIT, messages.get("activity.checkin.text.tooLong", CheckinWorkflow.MAX_UNIT));
        }
        return new Found(Attendee.guest(name, unit), null, null);
    }

    private static Found problem(String column, String reason) {
        return new Found(null, column, reason);
    }
}
