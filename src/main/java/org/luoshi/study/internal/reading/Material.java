package org.luoshi.study.internal.reading;

import java.time.Instant;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/**
 * 学习材料: a document (the report, the Party constitution, a speech, a unit's own document) split into sections to be
 * read one a page. A unit's administrators draft it for their subtree, preview it, publish it (then it reaches the
 * members of the unit's whole subtree: the national body's reach every unit) and may withdraw it again.
 */
public record Material(long id, long unitId, String unitPath, String title, String source, Status status,
        int sectionCount, int charCount, Instant publishedAt, int version) {

    public enum Status {
        /** 草稿 (预览中) */
        DRAFT,
        /** 已发布 */
        PUBLISHED,
        /** 已撤回 */
        WITHDRAWN
    }

    /** Administrators of the publishing unit or one above it. */
    public boolean mayManage(Actor actor) {
        return actor.mayManage() && actor.covers(unitPath);
    }

    public boolean mayPublish(Actor actor) {
        return mayManage(actor) && status != Status.PUBLISHED && sectionCount > 0;
    }

    public boolean mayWithdraw(Actor actor) {
        return mayManage(actor) && status == Status.PUBLISHED;
    }

    /** A reader placed at {@code readerPath} reads it when it is published at that unit or one of its ancestors. */
    public boolean reaches(String readerPath) {
        return status == Status.PUBLISHED && readerPath != null && readerPath.startsWith(unitPath);
    }

    /** Staff of the publishing unit or one above it see it in any state (leaders and editors read only). */
    public boolean mayPreview(Actor actor) {
        return actor.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.LEADER, Role.EDITOR) && actor.covers(unitPath);
    }

    /** Who may open its sections: its readers, and the staff who may preview it. */
    public boolean mayOpen(Actor actor, String readerPath) {
        return reaches(readerPath) || reaches(actor.unitPath()) || mayPreview(actor);
    }

    public Material publish(Actor actor, Instant at) {
        requireManager(actor);
        if (status == Status.PUBLISHED) {
            throw BusinessException.conflict("study.reading.material.alreadyPublished");
        }
        if (sectionCount == 0) {
            throw BusinessException.conflict("study.reading.material.empty");
        }
        return new Material(id, unitId, unitPath, title, source, Status.PUBLISHED, sectionCount, charCount, at,
                version);
    }

    public Material withdraw(Actor actor) {
        requireManager(actor);
        if (status != Status.PUBLISHED) {
            throw BusinessException.conflict("study.reading.material.notPublished");
        }
        return new Material(id, unitId, unitPath, title, source, Status.WITHDRAWN, sectionCount, charCount,
                publishedAt, version);
    }

    public Material retitle(Actor actor, String newTitle, String newSource) {
        requireManager(actor);
        return new Material(id, unitId, unitPath, MaterialText.title(newTitle), MaterialText.source(newSource),
                status, sectionCount, charCount, publishedAt, version);
    }

    private void requireManager(Actor actor) {
        if (!mayManage(actor)) {
            throw BusinessException.forbidden("error.forbidden");
        }
    }
}
