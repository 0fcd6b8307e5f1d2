package org.luoshi.activity.internal.afterwards;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.audit.AuditTrail;
import org.luoshi.publicity.NewsDrafts;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Thumbnails;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 活动总结 and 生成新闻稿: the summary and photos of a held activity, each change audited, and the one step that
 * turns them into a 工作动态 draft in publicity (through its published {@link NewsDrafts}). The summary row is locked
 * while the draft is made, so two clicks at once still make one draft.
 */
@Service
@Transactional
public class AfterwardsWorkflow {

    public static final int MAX_PHOTOS = Afterwards.MAX_PHOTOS;
    static final Set<FileType> PHOTO = Set.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);

    private final ActivityWorkflow activities;
    private final AfterwardsRepository afterwards;
    private final NewsReport report;
    private final NewsDrafts news;
    private final FileStore files;
    private final Thumbnails thumbnails;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    AfterwardsWorkflow(ActivityWorkflow activities, AfterwardsRepository afterwards, NewsReport report,
            NewsDrafts news, FileStore files, Thumbnails thumbnails, AuditTrail audit, Messages messages,
            Clock clock) {
        this.activities = activities;
        this.afterwards = afterwards;
        this.report = report;
        this.news = news;
        this.files = files;
        this.thumbnails = thumbnails;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The news step's answer: the draft's id, and whether this call made it (false: it existed already). */
    public record NewsDraft(long submissionId, boolean created) {
    }

    @Transactional(readOnly = true)
    public Afterwards of(long activityId, Actor actor) {
        activities.visible(activityId, actor);
        return afterwards.find(activityId);
    }

    /** 保存总结: the summary as typed (sanitised); {@code version} is the summary's as the page showed it. */
    public void saveSummary(Actor actor, long activityId, String summaryHtml, Integer version) {
        Activity activity = activities.visible(activityId, actor);
        Afterwards before = afterwards.locked(activityId, clock.instant());
        before.guardWrite(activity, actor);
        String clean = Afterwards.summary(summaryHtml);
        if (version != null && version != before.version()) {
            throw new OptimisticLockingFailureException("activity_summary " + activityId);
        }
        afterwards.saveSummary(activityId, clean, before.version(), actor.accountId(), clock.instant());
        audit.record("activity.summary", "activity", activityId, activity.unitPath(),
                messages.get("activity.afterwards.audit.summary", activity.details().title()),
                Map.of("summaryHtml", before.summaryHtml()), Map.of("summaryHtml", clean));
    }

    /** 上传照片: an image (by its content), its caption, a thumbnail stored beside it. */
    public StoredFile addPhoto(Actor actor, long activityId, Upload upload, String caption) {
        Activity activity = activities.visible(activityId, actor);
        Afterwards current = afterwards.locked(activityId, clock.instant());
        current.guardWrite(activity, actor);
        current.guardNewPhoto();
        String clean = Afterwards.caption(caption);
        StoredFile photo = files.store("file", upload.filename(), upload.content(), PHOTO);
        Long thumbnail = thumbnails.of(photo, upload.content()).map(StoredFile::id).orElse(null);
        afterwards.addPhoto(activityId, photo.id(), thumbnail, clean);
        audit.record("activity.photo.add", "activity", activityId, activity.unitPath(),
                messages.get("activity.afterwards.audit.photoAdded", activity.details().title(), photo.filename()),
                null, Map.of("fileId", photo.id(), "caption", clean == null ? "" : clean));
        return photo;
    }

    public void removePhoto(Actor actor, long activityId, long fileId) {
        Activity activity = activities.visible(activityId, actor);
        Afterwards current = afterwards.locked(activityId, clock.instant());
        current.guardWrite(activity, actor);
        Afterwards.Photo photo = current.photos().stream().filter(p -> p.fileId() == fileId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("activity.afterwards.photo.notFound"));
        afterwards.removePhoto(activityId, fileId);
        audit.record("activity.photo.remove", "activity", activityId, activity.unitPath(),
                messages.get("activity.afterwards.audit.photoRemoved", activity.details().title(),
                        photo.filename()), photo, null);
    }

    /**
     * 生成新闻稿: a 工作动态 draft of the actor's unit, pre-filled with the title, the figures known, the summary and
     * the photos, linked to the activity. Made once: afterwards the same draft is answered.
     */
    public NewsDraft draftNews(Actor actor, long activityId) {
        Activity activity = activities.visible(activityId, actor);
        Afterwards current = afterwards.locked(activityId, clock.instant());
        current.guardWrite(activity, actor);
        if (current.newsSubmissionId() != null) {
            return new NewsDraft(current.newsSubmissionId(), false);
        }
        if (!current.hasSummary()) {
            throw BusinessException.conflict("activity.afterwards.news.noSummary");
        }
        long id = news.draft(actor, new NewsDrafts.Draft(SubmissionKind.NEWS, activity.details().title(),
                report.body(activity, current.summaryHtml()), null, current.photos().stream()
                        .map(p -> new NewsDrafts.DraftFile(p.fileId(), p.caption())).toList(), List.of(),
                activityId));
        afterwards.keepNewsDraft(activityId, id);
        audit.record("activity.news", "activity", activityId, activity.unitPath(),
                messages.get("activity.afterwards.audit.news", activity.details().title()), null,
                Map.of("submissionId", id));
        return new NewsDraft(id, true);
    }
}
