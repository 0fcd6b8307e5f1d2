package org.luoshi.publicity.web.submission;

import io.swagger.v3.oas.annotations.media.Schema;

/** 报送 as an API client asks for it: always to the parent unit, or back to the level that returned it. */
@Schema(description = "报送稿件：报送给上级单位；退回后再次报送须填写修改说明")
record SubmitBody(
        @Schema(description = "修改说明（退回后再次报送时必填）") String note,
        @Schema(description = "读取时的版本号") Integer version) {
}
