package org.luoshi.study.web.reading;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.NextReading;
import org.luoshi.study.ReadingEvent;
import org.luoshi.study.internal.reading.Material;
import org.luoshi.study.internal.reading.Reader;
import org.luoshi.study.internal.reading.ReadingProgress;
import org.luoshi.study.internal.reading.ReadingQueries;
import org.luoshi.study.internal.reading.Readers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/study/reading")
@Tag(name = "我的学习", description = "会员阅读学习材料（一节一页）和自己的学习进度；只看得到自己的进度。账号须由单位管理员关联会员")
class ReadingApiController {

    /** A material and the reader's own progress on each of its sections. */
    record MaterialProgress(Material material, Long continueAt, List<ReadingQueries.MySection> sections) {
    }

    private final Readers readers;
    private final ReadingQueries queries;
    private final ReadingProgress progress;

    ReadingApiController(Readers readers, ReadingQueries queries, ReadingProgress progress) {
        this.readers = readers;
        this.queries = queries;
        this.progress = progress;
    }

    @GetMapping("/my")
    @Operation(summary = "发布给我的学习材料及我的进度（分页）")
    Page<ReadingQueries.MyMaterial> mine(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.myMaterials(readers.require(CurrentActor.get()), PageQuery.of(page, size));
    }

    @GetMapping("/next")
    @Operation(summary = "接着读：我下一节该读什么（没有时为空）")
    NextReading next() {
        return queries.next(readers.require(CurrentActor.get())).orElse(null);
    }

    @GetMapping("/materials/{id}")
    @Operation(summary = "一份学习材料的章节和我在每一节的进度（管理员预览时无进度）")
    MaterialProgress material(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        Reader reader = readers.of(actor).orElse(null);
        Material material = queries.material(actor, reader, id);
        return new MaterialProgress(material, queries.continueAt(reader, id).orElse(null),
                queries.mySections(reader, id));
    }

    @GetMapping("/sections/{id}")
    @Operation(summary = "阅读一节：正文、上一节和下一节、我的进度")
    ReadingQueries.SectionPage section(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return queries.section(actor, readers.of(actor).orElse(null), id);
    }

    @PostMapping("/{sectionId}/progress")
    @Operation(summary = "报告阅读进度：本次页面可见的阅读毫秒数 dwellMs、是否读到末尾 endReached、报告时间 at。"
            + "服务器按真实经过的时间封顶，读满按字数折算的时长且读到末尾才计为已读")
    ReadingProgress.Outcome record(@PathVariable long sectionId, @RequestBody ReadingEvent event) {
        Actor actor = CurrentActor.get();
        progress.check(event);
        Reader reader = readers.require(actor);
        return progress.report(reader, sectionId, event);
    }
}
