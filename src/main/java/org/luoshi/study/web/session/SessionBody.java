package org.luoshi.study.web.session;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.luoshi.study.internal.session.Leader;
import org.luoshi.study.internal.session.RecordSession;
import org.luoshi.study.internal.session.StudyForm;

/** 集体学习 as an API client sends it. */
@Schema(description = "集体学习：形式、日期、时长、主题、主讲/领学、学习材料、参加人员、带头学习的领导、纪要、计入事项")
record SessionBody(
        @Schema(description = "学习形式", requiredMode = Schema.RequiredMode.REQUIRED) StudyForm form,
        @Schema(description = "学习日期（不能晚于今天）", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate heldOn,
        @Schema(description = "时长（分钟，1–1440）", requiredMode = Schema.RequiredMode.REQUIRED) Integer durationMinutes,
        @Schema(description = "学习主题", requiredMode = Schema.RequiredMode.REQUIRED) String topic,
        @Schema(description = "主讲/领学") String leadName,
        @Schema(description = "学习材料库中的材料编号") List<Long> materialIds,
        @Schema(description = "其他学习材料的名称") List<String> materialTitles,
        @Schema(description = "参加人员（本单位及下级的会员编号，每人一次）") List<Long> attendeeIds,
        @Schema(description = "其他参加人数") Integer otherCount,
        @Schema(description = "带头学习的领导") Set<Leader> leaders,
        @Schema(description = "学习纪要（HTML，仅保留段落、加粗、列表）") String minutesHtml,
        @Schema(description = "计入的方案事项编号（本单位可计入的事项）") Long itemId,
        @Schema(description = "对应的学习计划安排编号") Long plannedId,
        @Schema(description = "修改时：读取时的版本号") Integer version) {

    RecordSession command() {
        return new RecordSession(form, heldOn, durationMinutes, topic, leadName, materialIds, materialTitles,
                attendeeIds, otherCount, leaders, minutesHtml, itemId, plannedId);
    }
}
