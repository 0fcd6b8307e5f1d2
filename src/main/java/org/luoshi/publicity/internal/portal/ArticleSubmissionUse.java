package org.luoshi.publicity.internal.portal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.submission.SubmissionUse;
import org.luoshi.shared.error.Messages;
import org.springframework.stereotype.Component;

/** An adopted submission published as a live (not withdrawn) article is in use: its adoption stays. */
@Component
class ArticleSubmissionUse implements SubmissionUse {

    private final ArticleRepository articles;
    private final Messages messages;

    ArticleSubmissionUse(ArticleRepository articles, Messages messages) {
        this.articles = articles;
        this.messages = messages;
    }

    @Override
    public Optional<String> usedBy(long submissionId) {
        List<PortalColumn> columns = articles.liveColumns(submissionId);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(messages.get("publicity.article.inUse", columns.stream()
                .map(c -> messages.get("publicity.column." + c.name())).collect(Collectors.joining("、"))));
    }
}
