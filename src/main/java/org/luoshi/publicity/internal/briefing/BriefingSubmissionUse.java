package org.luoshi.publicity.internal.briefing;

import java.util.Optional;
import org.luoshi.publicity.internal.submission.SubmissionUse;
import org.luoshi.shared.error.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A submission printed in an issued briefing is in use: the adoption it was printed for cannot be withdrawn. */
@Component
class BriefingSubmissionUse implements SubmissionUse {

    private final JdbcClient jdbc;
    private final Messages messages;

    BriefingSubmissionUse(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Optional<String> usedBy(long submissionId) {
        return jdbc.sql("""
                select b.title, b.year, b.number from publicity_briefing_item i
                  join publicity_briefing b on b.id = i.briefing_id
                 where i.submission_id = ? and b.status = 'ISSUED' order by b.issued_at, b.id limit 1
                """).param(submissionId).query((rs, i) -> messages.get("publicity.briefing.use", rs.getString(1),
                        rs.getInt(2), rs.getInt(3))).optional();
    }
}
