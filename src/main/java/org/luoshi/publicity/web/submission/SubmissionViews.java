package org.luoshi.publicity.web.submission;

import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.publicity.internal.submission.Submission;
import org.luoshi.publicity.internal.submission.SubmissionQueries;
import org.luoshi.publicity.internal.submission.SubmissionRepository;
import org.luoshi.publicity.internal.submission.SubmissionWorkflow;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** What the pages and the API show of one submission, asked of the aggregate; and its files, served through it. */
@Component
class SubmissionViews {

    private final SubmissionWorkflow workflow;
    private final SubmissionRepository submissions;
    private final SubmissionQueries queries;
    private final UnitDirectory units;
    private final LinkableItems linkable;
    private final FileStore files;

    SubmissionViews(SubmissionWorkflow workflow, SubmissionRepository submissions, SubmissionQueries queries,
            UnitDirectory units, LinkableItems linkable, FileStore files) {
        this.workflow = workflow;
        this.submissions = submissions;
        this.queries = queries;
        this.units = units;
        this.linkable = linkable;
        this.files = files;
    }

    SubmissionJson json(Actor actor, long id) {
        Submission s = workflow.visible(id, actor);
        return SubmissionJson.of(s, name(s.unitId()), s.reviewerUnitId() == null ? null : name(s.reviewerUnitId()),
                submissions.files(id), queries.decisions(id), actions(actor, s));
    }

    SubmissionJson.Actions actions(Actor actor, Submission s) {
        return new SubmissionJson.Actions(s.mayEdit(actor), s.maySubmit(actor), s.mayDiscard(actor),
                s.mayDecide(actor), s.mayRecommend(actor), workflow.mayWithdrawDecision(actor, s));
    }

    String name(long unitId) {
        return units.find(unitId).map(UnitRef::name).orElse("");
    }

    /** The linked item as the unit sees it (label and plan), when it may still link to it. */
    String itemLabel(Submission s) {
        if (s.item() == null) {
            return null;
        }
        return linkable.find(s.unitId(), s.item().itemId()).map(i -> i.label() + " · " + i.planTitle()).orElse("");
    }

    List<LinkableItem> items(Actor actor) {
        return linkable.of(actor.unitId());
    }

    ResponseEntity<byte[]> download(Actor actor, long submissionId, long fileId) {
        workflow.visible(submissionId, actor);
        if (!submissions.holds(submissionId, fileId)) {
            throw BusinessException.notFound("publicity.submission.file.notFound");
        }
        StoredFile file = files.find(fileId)
                .orElseThrow(() -> BusinessException.notFound("publicity.submission.file.notFound"));
        byte[] content = files.content(fileId)
                .orElseThrow(() -> BusinessException.notFound("publicity.submission.file.notFound"));
        return FileDownload.of(file, content);
    }
}
