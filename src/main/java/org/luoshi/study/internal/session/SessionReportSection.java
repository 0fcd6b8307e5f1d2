package org.luoshi.study.internal.session;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.shared.error.Messages;
import org.luoshi.study.internal.report.StudyReportScope;
import org.luoshi.study.internal.report.StudyReportSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 学习情况统计, the sessions' part: sessions held over the unit's subtree up to the report's date, by form (how many,
 * how many attended), and how often each of the leaders (会长/副会长/党委书记) studied with them.
 */
@Component
class SessionReportSection implements StudyReportSection {

    record FormFigure(StudyForm form, long sessions, long attendance) {
    }

    record Totals(long sessions, long attendance, long ledByLeaders) {
    }

    private final JdbcClient jdbc;
    private final Messages messages;

    SessionReportSection(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void write(StudyReportScope scope, XWPFDocument document) {
        String path = scope.unit().path();
        LocalDate asOf = scope.asOf();
        Totals totals = totals(path, asOf);
        text(document.createParagraph(), messages.get("study.report.sessions.heading"), 16, true);
        text(document.createParagraph(), messages.get("study.report.sessions.summary", asOf, scope.unit().name(),
                totals.sessions(), totals.attendance(), totals.ledByLeaders()), 12, false);
        XWPFTable byForm = table(document, List.of(messages.get("study.report.sessions.form"),
                messages.get("study.report.sessions.count"), messages.get("study.report.sessions.attendance")));
        for (FormFigure f : byForm(path, asOf)) {
            row(byForm, messages.get("study.session.form." + f.form()), String.valueOf(f.sessions()),
                    String.valueOf(f.attendance()));
        }
        text(document.createParagraph(), messages.get("study.report.sessions.leaders.heading"), 14, true);
        XWPFTable leaders = table(document, List.of(messages.get("study.report.sessions.leader"),
                messages.get("study.report.sessions.leaderCount")));
        for (Leader leader : Leader.values()) {
            row(leaders, messages.get("study.session.leader." + leader), String.valueOf(leaderCount(path, asOf,
                    leader)));
        }
    }

    Totals totals(String path, LocalDate asOf) {
        return jdbc.sql("""
                select count(*), coalesce(sum(s.other_count + (select count(*) from study_session_attendee a
                                                                where a.session_id = s.id)), 0),
                       count(*) filter (where s.leaders <> '')
                  from study_session s where s.unit_path like :path || '%' and s.held_on <= :asOf
                """).param("path", path).param("asOf", asOf)
                .query((rs, i) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    List<FormFigure> byForm(String path, LocalDate asOf) {
        return jdbc.sql("""
                select s.form, count(*), coalesce(sum(s.other_count + (select count(*) from study_session_attendee a
                                                                       where a.session_id = s.id)), 0)
                  from study_session s where s.unit_path like :path || '%' and s.held_on <= :asOf
                 group by s.form
                """).param("path", path).param("asOf", asOf)
                .query((rs, i) -> new FormFigure(StudyForm.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list().stream().sorted(java.util.Comparator.comparing(FormFigure::form)).toList();
    }

    long leaderCount(String path, LocalDate asOf, Leader leader) {
        return jdbc.sql("""
                select count(*) from study_session s
                 where s.unit_path like :path || '%' and s.held_on <= :asOf
                   and (',' || s.leaders || ',') like '%,' || :leader || ',%'
                """).param("path", path).param("asOf", asOf).param("leader", leader.name()).query(Long.class)
                .single();
    }

    private static void text(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static XWPFTable table(XWPFDocument document, List<String> headers) {
        XWPFTable table = document.createTable(1, headers.size());
        for (int c = 0; c < headers.size(); c++) {
            cell(table.getRow(0), c, headers.get(c), true);
        }
        return table;
    }

    private static void row(XWPFTable table, String... values) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < values.length; c++) {
            cell(row, c, values[c], false);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        text(paragraph, text, 11, bold);
    }
}
