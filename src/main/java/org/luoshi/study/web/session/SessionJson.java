package org.luoshi.study.web.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.study.internal.session.Leader;
import org.luoshi.study.internal.session.StudyForm;
import org.luoshi.study.internal.session.StudySession;
import org.luoshi.study.internal.session.StudySessionRepository;

/** A session as the API shows it, with what the caller may do with it. */
record SessionJson(long id, long unitId, StudyForm form, LocalDate heldOn, int durationMinutes, String topic,
        String leadName, int otherCount, Set<Leader> leaders, String minutesHtml, Long planId, Long itemId,
        Long plannedId, List<StudySession.Attendee> attendees, List<StudySession.Material> materials,
        List<StudySessionRepository.Photo> photos, StoredFile signInSheet, int version, Actions actions) {

    record Actions(boolean edit, boolean delete) {
    }

    static SessionJson of(StudySession s, List<StudySessionRepository.Photo> photos, StoredFile signIn,
            Actions actions) {
        return new SessionJson(s.id(), s.unitId(), s.form(), s.heldOn(), s.durationMinutes(), s.topic(),
                s.leadName(), s.otherCount(), s.leaders(), s.minutesHtml(),
                s.item() == null ? null : s.item().planId(), s.item() == null ? null : s.item().itemId(),
                s.plannedId(), s.attendees(), s.materials(), photos, signIn, s.version(), actions);
    }
}
