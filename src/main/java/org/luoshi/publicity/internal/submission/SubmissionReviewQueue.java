package org.luoshi.publicity.internal.submission;

import org.luoshi.publicity.ReviewQueue;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** The queue's count as other modules see it, from the one query that lists the queue. */
@Component
class SubmissionReviewQueue implements ReviewQueue {

    private final SubmissionQueries queries;

    SubmissionReviewQueue(SubmissionQueries queries) {
        this.queries = queries;
    }

    @Override
    public long awaiting(Actor actor) {
        return queries.awaiting(actor);
    }
}
