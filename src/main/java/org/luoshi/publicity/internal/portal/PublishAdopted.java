package org.luoshi.publicity.internal.portal;

import java.time.Instant;
import org.luoshi.publicity.PortalColumn;

/**
 * 发布采用稿件: the adopted submission goes to {@code column} (null: the column of its kind) with its title, body,
 * author and photos, 来源 its unit; {@code publishAt} null publishes now.
 */
public record PublishAdopted(long submissionId, PortalColumn column, Instant publishAt, boolean pinned) {
}
