package org.luoshi.publicity.internal.ranking;

import java.util.List;

/** 修改积分设置: new points for some levels; the levels not named keep theirs. */
public record ChangePoints(List<PointRule> levels) {
}
