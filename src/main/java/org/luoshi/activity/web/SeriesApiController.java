package org.luoshi.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.luoshi.activity.internal.series.ActivitySeries;
import org.luoshi.activity.internal.series.SaveSeries;
import org.luoshi.activity.internal.series.SeriesRepository;
import org.luoshi.activity.internal.series.SeriesWorkflow;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 系列活动 API. */
@RestController
@RequestMapping("/api/v1/activities/series")
@Tag(name = "活动：系列活动", description = "如“党的二十大代表进协会”：发起单位、说明与起止日期；下级单位的活动可加入上级的系列")
class SeriesApiController {

    /** A series' fields; dates as 2026-03-01; {@code version} as read. */
    record SeriesBody(String title, String description, LocalDate startsOn, LocalDate endsOn, Integer version) {
    }

    /** A series with the actions the reader may take. */
    record SeriesView(ActivitySeries series, boolean mayEdit) {
    }

    private final SeriesWorkflow workflow;
    private final SeriesRepository series;

    SeriesApiController(SeriesWorkflow workflow, SeriesRepository series) {
        this.workflow = workflow;
        this.series = series;
    }

    @GetMapping
    @Operation(summary = "本单位可见的系列活动（本级、上级和下级发起的；按开始日期倒序分页）")
    Page<ActivitySeries> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return series.list(CurrentActor.get().unitPath(), PageQuery.of(page, size));
    }

    @PostMapping
    @Operation(summary = "新建系列活动（本单位发起；单位管理员）")
    ResponseEntity<SeriesView> create(@RequestBody SeriesBody body) {
        long id = workflow.create(CurrentActor.get(), command(body));
        return ResponseEntity.created(URI.create("/api/v1/activities/series/" + id)).body(show(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "系列活动详情")
    SeriesView show(@PathVariable long id) {
        ActivitySeries s = workflow.visible(id, CurrentActor.get());
        return new SeriesView(s, s.mayEdit(CurrentActor.get()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改系列活动")
    SeriesView revise(@PathVariable long id, @RequestBody SeriesBody body) {
        workflow.revise(CurrentActor.get(), id, command(body), body.version());
        return show(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除系列活动（系列下已有活动的不能删除）")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    private static SaveSeries command(SeriesBody body) {
        return new SaveSeries(body.title(), body.description(), body.startsOn(), body.endsOn());
    }
}
