package org.luoshi.publicity.internal.search;

import java.util.List;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.search.ChineseText;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.text.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 重建检索词: rewrites the {@code search} columns of articles, submissions and exemplary people in the actor's subtree
 * from their text, after the segmentation changed (a new smartcn, a change to ChineseText). Runs in batches of
 * {@link #BATCH} rows, each in its own short transaction, so writers are never held up for long; audited once.
 */
@Service
public class SearchReindex {

    static final int BATCH = 500;

    /** How many rows of each table were rewritten. */
    public record Outcome(int articles, int submissions, int people) {
    }

    private record Source(long id, String title, String body) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Messages messages;

    SearchReindex(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit, Messages messages) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.messages = messages;
    }

    /** Only system administrators rebuild, and only within their own subtree. */
    public static boolean mayReindex(Actor actor) {
        return actor.has(Role.SYSTEM_ADMIN);
    }

    public Outcome reindex(Actor actor) {
        if (!mayReindex(actor)) {
            throw BusinessException.forbidden("publicity.search.reindex.forbidden");
        }
        int articles = table("publicity_article", "title", "body_html", actor.scopePath());
        int submissions = table("publicity_submission", "title", "body_html", actor.scopePath());
        int people = table("publicity_person", "name || ' ' || post", "story_html", actor.scopePath());
        Outcome outcome = new Outcome(articles, submissions, people);
        transactions.executeWithoutResult(status -> audit.record("publicity.search.reindex", "publicity_search",
                actor.unitId(), actor.scopePath(),
                messages.get("publicity.search.audit.reindex", articles, submissions, people), null, outcome));
        return outcome;
    }

    private int table(String table, String title, String body, String scope) {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Source> batch = jdbc.sql("select id, " + title + " as title, " + body + " as body from " + table
                    + " where unit_path like ? || '%' and id > ? order by id limit " + BATCH).param(scope)
                    .param(from).query((rs, n) -> new Source(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .list();
            if (batch.isEmpty()) {
                return done;
            }
            transactions.executeWithoutResult(status -> batch.forEach(s -> jdbc
                    .sql("update " + table + " set search = cast(? as tsvector) where id = ?")
                    .param(ChineseText.tsvector(s.title(), RichText.plain(s.body()))).param(s.id()).update()));
            done += batch.size();
            after = batch.get(batch.size() - 1).id();
        }
    }
}
