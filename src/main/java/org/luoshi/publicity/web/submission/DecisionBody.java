package org.luoshi.publicity.web.submission;

import io.swagger.v3.oas.annotations.media.Schema;
import org.luoshi.publicity.Decision;
import org.luoshi.publicity.internal.submission.DecideSubmission;

/** A reviewing level's decision as an API client sends it. */
@Schema(description = "审核意见：退回修改（须填写意见）、本级采用、推荐上报、采用并推荐上报、不予采用（须填写理由）")
record DecisionBody(
        @Schema(description = "审核结果", requiredMode = Schema.RequiredMode.REQUIRED) Decision decision,
        @Schema(description = "意见或理由") String comment,
        @Schema(description = "读取时的版本号") Integer version) {

    DecideSubmission command() {
        return new DecideSubmission(decision, comment);
    }
}
