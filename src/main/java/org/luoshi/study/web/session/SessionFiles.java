package org.luoshi.study.web.session;

import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.Actor;
import org.luoshi.study.internal.session.SessionWorkflow;
import org.luoshi.study.internal.session.StudySessionRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A session's photos, thumbnails and sign-in sheet, served only through a session the actor may see. */
@Component
class SessionFiles {

    private final SessionWorkflow workflow;
    private final StudySessionRepository sessions;
    private final FileStore files;

    SessionFiles(SessionWorkflow workflow, StudySessionRepository sessions, FileStore files) {
        this.workflow = workflow;
        this.sessions = sessions;
        this.files = files;
    }

    ResponseEntity<byte[]> download(Actor actor, long sessionId, long fileId) {
        workflow.visible(sessionId, actor);
        if (!sessions.holds(sessionId, fileId)) {
            throw BusinessException.notFound("study.session.file.notFound");
        }
        StoredFile file = files.find(fileId)
                .orElseThrow(() -> BusinessException.notFound("study.session.file.notFound"));
        byte[] content = files.content(fileId)
                .orElseThrow(() -> BusinessException.notFound("study.session.file.notFound"));
        return FileDownload.of(file, content);
    }
}
