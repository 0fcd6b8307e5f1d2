package org.luoshi.publicity.web.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.submission.SubmissionQueries;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 待我审核 API: what awaits the caller's unit, oldest first. */
@RestController
@Tag(name = "信息报送：报送与审核")
class QueueApiController {

    private final SubmissionQueries queries;

    QueueApiController(SubmissionQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/publicity/queue")
    @Operation(summary = "待我审核：轮到本单位审核的稿件，先到先审（分页；可按类别、报送单位筛选；显示计入事项的截止日期）")
    Page<SubmissionQueries.QueueRow> queue(@RequestParam(required = false) SubmissionKind kind,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.queue(CurrentActor.get(), kind, unitId, PageQuery.of(page, size));
    }
}
