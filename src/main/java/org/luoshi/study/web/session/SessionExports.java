package org.luoshi.study.web.session;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.luoshi.study.internal.session.SessionFilter;
import org.luoshi.study.internal.session.SessionQueries;
import org.springframework.stereotype.Component;

/** Excel exports of the session list and of attendance, with the same filters and scope as the page. */
@Component
class SessionExports {

    private final SessionQueries queries;
    private final UnitDirectory units;
    private final Messages messages;
    private final Clock clock;

    SessionExports(SessionQueries queries, UnitDirectory units, Messages messages, Clock clock) {
        this.queries = queries;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    void sessions(Actor actor, SessionFilter filter, HttpServletResponse response) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        queries.export(actor, filter, r -> rows.add(java.util.Arrays.asList(r.heldOn(), r.unitName(),
                messages.get("study.session.form." + r.form()), r.topic(), r.leadName(), r.durationMinutes(),
                r.attendees(), r.otherCount(), r.leaderList().stream()
                        .map(l -> messages.get("study.session.leader." + l)).collect(Collectors.joining("、")),
                messages.get(r.counted() ? "study.session.counted" : "study.session.notCounted"))));
        String title = messages.get("study.session.export.title", unitName(actor), LocalDate.now(clock));
        try (OutputStream out = ExcelDownload.start(response, messages.get("study.session.export.sheet"))) {
            ExcelWriter.write(out, title, messages.get("study.session.export.sheet"), List.of(
                    messages.get("field.heldOn"), messages.get("study.session.unit"), messages.get("field.form"),
                    messages.get("field.topic"), messages.get("field.leadName"),
                    messages.get("field.durationMinutes"), messages.get("study.session.attendees"),
                    messages.get("field.otherCount"), messages.get("field.leaders"),
                    messages.get("field.itemId")), rows.stream());
        }
    }

    void attendance(Actor actor, SessionFilter filter, HttpServletResponse response) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        queries.exportAttendance(actor, filter, a -> rows.add(List.of(a.heldOn(), a.sessionUnit(), a.topic(),
                a.memberName(), a.memberUnit())));
        String title = messages.get("study.session.export.attendanceTitle", unitName(actor), LocalDate.now(clock));
        try (OutputStream out = ExcelDownload.start(response,
                messages.get("study.session.export.attendanceSheet"))) {
            ExcelWriter.write(out, title, messages.get("study.session.export.attendanceSheet"), List.of(
                    messages.get("field.heldOn"), messages.get("study.session.unit"), messages.get("field.topic"),
                    messages.get("study.session.attendees"), messages.get("study.session.search.unit")),
                    rows.stream());
        }
    }

    private String unitName(Actor actor) {
        return units.find(actor.unitId()).map(u -> u.name()).orElse("");
    }
}
