package org.luoshi.study.internal.session;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelReader;
import org.luoshi.shared.excel.ImportReport;

/**
 * 参加人员名单 from Excel: headers 姓名 and 身份证号 (the number may be left out when the name is unique in the unit's
 * subtree). Each row names one member of the subtree or is reported with its number and reason.
 */
final class AttendeeList {

    static final String NAME = "姓名";
    static final String ID_NUMBER = "身份证号";
    private static final int MAX_ROWS = 5000;

    private final List<StudySession.Attendee> found = new ArrayList<>();
    private final Map<Long, Integer> rows = new HashMap<>();
    private final ImportReport report = new ImportReport();

    private AttendeeList() {
    }

    static AttendeeList read(InputStream xlsx, String scopePath, MemberDirectory members, Messages messages) {
        AttendeeList list = new AttendeeList();
        try {
            ExcelReader.read(xlsx, headers -> {
                if (!headers.contains(NAME)) {
                    throw BusinessException.invalid("file", "study.session.import.headers", NAME, ID_NUMBER);
                }
            }, row -> {
                list.report.rowRead();
                if (list.report.rows() > MAX_ROWS) {
                    throw BusinessException.invalid("file", "study.session.import.tooManyRows", MAX_ROWS);
                }
                list.row(row.rowNumber(), row.get(NAME), row.get(ID_NUMBER), scopePath, members, messages);
            });
        } catch (ExcelReader.NotASpreadsheetException e) {
            throw BusinessException.invalid("file", "study.session.import.notXlsx");
        }
        return list;
    }

    private void row(int number, String name, String idNumber, String scopePath, MemberDirectory members,
            Messages messages) {
        Optional<MemberRef> member;
        if (idNumber != null && !idNumber.isBlank()) {
            member = members.findByIdNumber(idNumber, scopePath);
            if (member.isEmpty()) {
                report.reject(number, ID_NUMBER, messages.get("study.session.import.idNotFound", idNumber));
                return;
            }
            if (name != null && !name.equals(member.get().name())) {
                report.reject(number, NAME, messages.get("study.session.import.nameMismatch", name,
                        member.get().name()));
                return;
            }
        } else if (name == null) {
            report.reject(number, NAME, messages.get("study.session.import.nameMissing"));
            return;
        } else {
            List<MemberRef> named = members.search(scopePath, name, null, 3).stream()
                    .filter(m -> m.name().equals(name)).toList();
            if (named.size() != 1) {
                report.reject(number, NAME, messages.get(named.isEmpty() ? "study.session.import.nameNotFound"
                        : "study.session.import.nameAmbiguous", name));
                return;
            }
            member = Optional.of(named.get(0));
        }
        MemberRef m = member.get();
        if (rows.putIfAbsent(m.id(), number) != null) {
            report.reject(number, NAME, messages.get("study.session.import.duplicate", m.name(), rows.get(m.id())));
            return;
        }
        found.add(SessionWorkflow.attendee(m));
    }

    List<StudySession.Attendee> found() {
        return found;
    }

    int rowOf(long memberId) {
        return rows.getOrDefault(memberId, 0);
    }

    ImportReport report() {
        return report;
    }
}
