package org.luoshi.publicity.web.submission;

import io.swagger.v3.oas.annotations.media.Schema;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.submission.EditSubmission;

/** A submission as an API client writes it. */
@Schema(description = "报送稿件：类别、标题、正文、作者、联系方式、计入事项、先进典型对应的会员；草稿可以先保存不完整的内容")
record SubmissionBody(
        @Schema(description = "稿件类别", requiredMode = Schema.RequiredMode.REQUIRED) SubmissionKind kind,
        @Schema(description = "标题（报送时必填，不超过 200 字）") String title,
        @Schema(description = "正文（HTML，仅保留段落、加粗、列表；脚本和事件属性一律去除；报送时必填）") String bodyHtml,
        @Schema(description = "作者") String author,
        @Schema(description = "联系人及电话") String contact,
        @Schema(description = "计入的方案事项编号（本单位可计入的事项）") Long itemId,
        @Schema(description = "先进典型：所写的会员编号（本单位及下级）") Long memberId,
        @Schema(description = "修改时：读取时的版本号") Integer version) {

    EditSubmission command() {
        return new EditSubmission(kind, title, bodyHtml, author, contact, itemId, memberId);
    }
}
