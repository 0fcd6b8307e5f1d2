package org.luoshi.publicity.internal.submission;

import java.util.List;
import org.luoshi.publicity.NewsDrafts;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts started by other modules (an activity's report, a typical concern) become the unit's own drafts. */
@Service
@Transactional
class SubmissionDrafts implements NewsDrafts {

    private final SubmissionWorkflow workflow;

    SubmissionDrafts(SubmissionWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public long draft(Actor actor, Draft draft) {
        List<DraftFile> photos = draft.photos() == null ? List.of() : draft.photos();
        List<DraftFile> attachments = draft.attachments() == null ? List.of() : draft.attachments();
        return workflow.draft(actor, new EditSubmission(draft.kind(), draft.title(), draft.bodyHtml(),
                draft.author(), null, null, null), draft.activityId(), photos.stream().map(DraftFile::fileId).toList(),
                photos.stream().map(DraftFile::caption).toList(),
                attachments.stream().map(DraftFile::fileId).toList());
    }
}
