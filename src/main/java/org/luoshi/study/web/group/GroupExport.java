package org.luoshi.study.web.group;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.text.BookTitle;
import org.luoshi.study.internal.group.GroupFilter;
import org.luoshi.study.internal.group.GroupRollup;
import org.luoshi.study.internal.group.LeadingGroupQueries;
import org.luoshi.study.internal.group.LeadingGroups;
import org.springframework.stereotype.Component;

/** The Excel exports of the leading groups and of their roll-up, each with a title row saying what, whose, when. */
@Component
class GroupExport {

    private final LeadingGroupQueries queries;
    private final GroupRollup rollup;
    private final Messages messages;
    private final Clock clock;
    private final LeadingGroups groups;

    GroupExport(LeadingGroupQueries queries, GroupRollup rollup, Messages messages, Clock clock,
            LeadingGroups groups) {
        this.groups = groups;
        this.queries = queries;
        this.rollup = rollup;
        this.messages = messages;
        this.clock = clock;
    }

    void groups(Actor actor, GroupFilter filter, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        String whose = messages.get("study.group.export.title", unitName(actor), today);
        OutputStream out = ExcelDownload.start(response, messages.get("study.group.export.file", unitName(actor), today));
        List<String> headers = List.of(m("study.group.unit"), m("study.group.plan"), m("study.group.setUpOn"),
                m("study.group.head"), m("study.group.seats"), m("study.group.document"), m("study.group.item"));
        ExcelWriter.write(out, whose, m("study.group.export.sheet"), headers, queries.export(actor, filter)
                .map(row -> List.of(row.unitName(), row.planTitle(), row.setUpOn(),
                        row.headName() == null ? "" : row.headName(), row.seats(),
                        m(row.hasDocument() ? "study.group.yes" : "study.group.no"),
                        m(row.counted() ? "study.group.counted" : "study.group.notCounted"))));
    }

    void rollup(RollupScope scope, LocalDate asOf, HttpServletResponse response) throws IOException {
        GroupRollup.Overview overview = rollup.overview(scope, asOf);
        String title = messages.get("study.group.rollup.export.title", scope.unit().name(),
                BookTitle.cite(scope.plan().title()),
                asOf);
        OutputStream out = ExcelDownload.start(response,
                messages.get("study.group.rollup.export.file", scope.unit().name(), asOf));
        List<String> headers = List.of(m("study.group.rollup.child"), m("study.group.rollup.assigned"),
                m("study.group.rollup.with"), m("study.group.rollup.without"), m("study.group.rollup.share"));
        Stream<List<Object>> shares = Stream.concat(overview.children().stream(), Stream.of(overview.total()))
                .map(share -> List.of(share.own() ? share.unitName() + m("study.group.rollup.own.suffix")
                        : share.unitName(), share.assigned(), share.withGroup(), share.without(),
                        share.percent() + "%"));
        List<UnitRef> missing = rollup.withoutAll(scope, asOf);
        Stream<List<Object>> missingRows = missing.isEmpty() ? Stream.empty()
                : Stream.concat(Stream.of(List.<Object>of(), List.<Object>of(m("study.group.rollup.missing"))),
                        missing.stream().map(unit -> List.<Object>of(unit.name())));
        ExcelWriter.write(out, title, m("study.group.rollup.sheet"), headers, Stream.concat(shares, missingRows));
    }

    private String unitName(Actor actor) {
        return groups.unit(actor, actor.unitId()).name();
    }

    private String m(String key) {
        return messages.get(key);
    }
}
