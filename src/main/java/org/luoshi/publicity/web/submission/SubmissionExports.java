package org.luoshi.publicity.web.submission;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.luoshi.publicity.internal.submission.SubmissionFilter;
import org.luoshi.publicity.internal.submission.SubmissionQueries;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** The list of submissions as Excel, with the same filters and scope as the page. */
@Component
class SubmissionExports {

    private final SubmissionQueries queries;
    private final UnitDirectory units;
    private final Messages messages;
    private final Clock clock;

    SubmissionExports(SubmissionQueries queries, UnitDirectory units, Messages messages, Clock clock) {
        this.queries = queries;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    void submissions(Actor actor, SubmissionFilter filter, HttpServletResponse response) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        queries.export(actor, filter, r -> rows.add(Arrays.asList(r.id(), r.unitName(),
                messages.get("publicity.kind." + r.kind().name()), r.title(),
                messages.get("publicity.submission.status." + r.status().name()), r.reviewerName(),
                r.submittedVersion(), r.at() == null ? null : LocalDateTime.ofInstant(r.at(), clock.getZone()),
                r.adoptedLevel() == null ? "" : messages.get("publicity.submission.level." + r.adoptedLevel()))));
        String unit = units.find(actor.unitId()).map(u -> u.name()).orElse("");
        String sheet = messages.get("publicity.submission.export.sheet");
        try (OutputStream out = ExcelDownload.start(response, sheet)) {
            ExcelWriter.write(out, messages.get("publicity.submission.export.title", unit, LocalDate.now(clock)),
                    sheet, List.of(messages.get("publicity.submission.col.id"),
                            messages.get("publicity.submission.col.unit"), messages.get("field.kind"),
                            messages.get("field.title"), messages.get("publicity.submission.col.status"),
                            messages.get("publicity.submission.col.reviewer"),
                            messages.get("publicity.submission.col.versions"),
                            messages.get("publicity.submission.col.at"),
                            messages.get("publicity.submission.col.adoptedLevel")), rows.stream());
        }
    }
}
