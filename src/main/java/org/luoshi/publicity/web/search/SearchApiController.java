package org.luoshi.publicity.web.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.search.SearchFilter;
import org.luoshi.publicity.internal.search.SearchHit;
import org.luoshi.publicity.internal.search.SearchQueries;
import org.luoshi.publicity.internal.search.SearchReindex;
import org.luoshi.publicity.internal.search.SearchText;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 全文检索 API: the staff search, and the rebuild of the search words after the segmentation changed. */
@RestController
@RequestMapping("/api/v1/publicity/search")
@Tag(name = "信息报送：全文检索", description = "检索本单位及下级的报送稿件和已发布文章；中文分词、按相关度排序、摘要高亮")
class SearchApiController {

    /**
     * A page of hits. {@code notice} says why nothing was searched (no word in the query) or that the query was cut;
     * {@code capped}: more matched than are ranked, add a word or a filter.
     */
    record Results(String query, List<String> words, List<SearchHit> items, long total, int page, int size,
            boolean capped, String notice) {
    }

    private final SearchQueries search;
    private final SearchReindex reindex;
    private final Messages messages;

    SearchApiController(SearchQueries search, SearchReindex reindex, Messages messages) {
        this.search = search;
        this.reindex = reindex;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "检索报送稿件和已发布文章（本单位及下级；可按类别、栏目、单位、日期筛选；分页）")
    Results search(@RequestParam(required = false) String q, @RequestParam(required = false) SubmissionKind kind,
            @RequestParam(required = false) PortalColumn column, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        SearchText text = SearchText.of(q);
        var results = search.staff(CurrentActor.get(), text, new SearchFilter(kind, column, unitId, null, from, to),
                PageQuery.of(page, size));
        String notice = !text.hasWords() ? messages.get("publicity.search.noWords")
                : text.cut() ? messages.get("publicity.search.cut", SearchText.MAX_LENGTH) : null;
        var p = results.page();
        return new Results(text.text(), text.terms(), p.items(), p.total(), p.page(), p.size(), results.capped(),
                notice);
    }

    @PostMapping("/reindex")
    @Operation(summary = "重建本单位及下级的检索词（系统管理员；分批进行，记入审计日志）")
    SearchReindex.Outcome reindex() {
        return reindex.reindex(CurrentActor.get());
    }
}
