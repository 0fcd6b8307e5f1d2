package org.luoshi.publicity.internal.portal;

import org.luoshi.publicity.internal.PublicityRoles;
import java.time.Instant;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/**
 * 门户文章: what a unit published to a column of the public portal. The public sees it from {@code publishAt} on
 * (定时发布), pinned ones first (置顶), until it is withdrawn (撤稿), when its page says so with the reason.
 */
public record Article(long id, long unitId, String unitPath, PortalColumn column, Long submissionId,
        ArticleContent content, Long coverFileId, Instant publishAt, boolean pinned, Instant withdrawnAt,
        String withdrawnReason, Instant createdAt, Instant updatedAt, int version) {

    /** Where an article stands for the public at a moment. */
    public enum Status {
        /** 待发布: publish_at still ahead */
        SCHEDULED,
        /** 已发布 */
        PUBLISHED,
        /** 已撤稿 */
        WITHDRAWN
    }

    public static final int MAX_REASON = 500;

    /** Publicity staff (宣传编辑, 单位管理员, 系统管理员) publish for their own unit. */
    public static boolean mayPublish(Actor actor) {
        return PublicityRoles.isStaff(actor);
    }

    /** Staff and leaders read the editors' lists; members have nothing here. */
    public static boolean mayRead(Actor actor) {
        return mayPublish(actor) || actor.has(Role.LEADER);
    }

    /** Staff and leaders of the unit or an ancestor see its articles in the editors' list, published or not. */
    public boolean mayView(Actor actor) {
        return actor.covers(unitPath) && mayRead(actor);
    }

    /** Only the publishing unit's staff change what it published; a withdrawn article stays as it was. */
    public boolean mayEdit(Actor actor) {
        return mayPublish(actor) && actor.unitId() == unitId && withdrawnAt == null;
    }

    public boolean mayPin(Actor actor) {
        return mayEdit(actor);
    }

    public boolean mayWithdraw(Actor actor) {
        return mayEdit(actor);
    }

    public Status status(Instant now) {
        if (withdrawnAt != null) {
            return Status.WITHDRAWN;
        }
        return publishAt.isAfter(now) ? Status.SCHEDULED : Status.PUBLISHED;
    }

    /** Whether the public may read it now. */
    public boolean isPublic(Instant now) {
        return status(now) == Status.PUBLISHED;
    }

    /** Whether the public sees it at all (published, or withdrawn with its notice); a scheduled one is unknown. */
    public boolean wasPublished(Instant now) {
        return !publishAt.isAfter(now) || withdrawnAt != null && !publishAt.isAfter(withdrawnAt);
    }

    public String title() {
        return content.title();
    }
}
