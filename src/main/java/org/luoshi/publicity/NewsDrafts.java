package org.luoshi.publicity;

import java.util.List;
import org.luoshi.shared.security.Actor;

/**
 * What other modules may start in publicity: a draft submission of the actor's unit, pre-filled (an activity's
 * summary, photos and figures become a 工作动态; a typical concern, anonymised, a 典型案例). The unit reviews the
 * draft and submits it like any other.
 */
public interface NewsDrafts {

    /** A photo or attachment already in the file store, with its caption. */
    record DraftFile(long fileId, String caption) {
    }

    /** The draft's content; {@code activityId} names the activity it reports, or is null. */
    record Draft(SubmissionKind kind, String title, String bodyHtml, String author, List<DraftFile> photos,
            List<DraftFile> attachments, Long activityId) {
    }

    /** Saves the draft for the actor's unit and returns its id; its page is {@code /publicity/submissions/{id}}. */
    long draft(Actor actor, Draft draft);
}
