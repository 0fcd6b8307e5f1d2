package org.luoshi.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.activity.ActivityQueries;
import org.luoshi.activity.internal.activity.ActivityStatus;
import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.activity.internal.activity.SaveActivity;
import org.luoshi.activity.internal.calendar.FeedTokens;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
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

/** 活动 API: the calendar of a unit, activities and their actions, calendar files and the subscription address. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "活动", description = "系列活动、宣讲、大讲堂、座谈会等活动；日历（月、周、列表）与 iCalendar 订阅")
class ActivityApiController {

    /**
     * An activity's fields. Times with their offset, e.g. 2026-12-10T14:00:00+08:00; {@code capacity} null means no
     * limit; {@code audienceUnitId} null means the organiser's own subtree; {@code version} as read.
     */
    record ActivityBody(Long seriesId, ActivityKind kind, String title, String description, String address,
            String onlineUrl, OffsetDateTime startsAt, OffsetDateTime endsAt, Integer capacity, Long audienceUnitId,
            Boolean openToPublic, OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
            Boolean approvalRequired, List<Long> coOrganiserIds, List<Long> speakerIds, Long itemId,
            Integer version) {

        /** The command, its times as wall-clock times of the association's zone (as the form sends them). */
        SaveActivity command(ZoneId zone) {
            return new SaveActivity(seriesId, kind, title, description, address, onlineUrl, local(startsAt, zone),
                    local(endsAt, zone), capacity, audienceUnitId, Boolean.TRUE.equals(openToPublic),
                    local(registrationOpensAt, zone), local(registrationClosesAt, zone),
                    Boolean.TRUE.equals(approvalRequired), coOrganiserIds, speakerIds, itemId);
        }

        private static LocalDateTime local(OffsetDateTime time, ZoneId zone) {
            return time == null ? null : time.atZoneSameInstant(zone).toLocalDateTime();
        }
    }

    record CancelBody(String reason, Integer version) {
    }

    /** The unit's subscription address; both null until the unit's staff make one. */
    record Feed(String token, String url) {
    }

    private final ActivityWorkflow workflow;
    private final ActivityQueries queries;
    private final ActivityViews views;
    private final ActivityOptions options;
    private final ActivityScope scope;
    private final FeedTokens feeds;
    private final ActivityIcsFiles files;
    private final Clock clock;

    ActivityApiController(ActivityWorkflow workflow, ActivityQueries queries, ActivityViews views,
            ActivityOptions options, ActivityScope scope, FeedTokens feeds, ActivityIcsFiles files,
            Clock clock) {
        this.workflow = workflow;
        this.queries = queries;
        this.views = views;
        this.options = options;
        this.scope = scope;
        this.feeds = feeds;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "活动列表（本单位或所选下级单位的日历：本级及下级主办、协办和面向本单位的活动；按开始时间倒序分页）")
    Page<ActivityQueries.Entry> list(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) Long seriesId,
            @RequestParam(required = false) ActivityStatus status, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.get();
        ZoneId zone = clock.getZone();
        ActivityQueries.Filter filter = new ActivityQueries.Filter(unit(actor, unitId).path(),
                from == null ? null : CalendarGrid.checked("from", from).atStartOfDay(zone).toInstant(),
                to == null ? null : CalendarGrid.checked("to", to).plusDays(1).atStartOfDay(zone).toInstant(), kind,
                seriesId, status, q);
        return queries.page(actor, filter, PageQuery.of(page, size));
    }

    @GetMapping("/calendar")
    @Operation(summary = "日历：view=month（整周，周一开始）或 week，date 为其中任一天（默认今天）")
    CalendarGrid calendar(@RequestParam(required = false) String view, @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) Long seriesId) {
        Actor actor = CurrentActor.get();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate anchor = date == null ? today : CalendarGrid.checked("date", date);
        String shown = "week".equals(view) ? "week" : "month";
        LocalDate[] range = CalendarGrid.range(shown, anchor);
        ActivityQueries.Filter filter = new ActivityQueries.Filter(unit(actor, unitId).path(),
                range[0].atStartOfDay(zone).toInstant(), range[1].atStartOfDay(zone).toInstant(), kind, seriesId,
                null, null);
        return CalendarGrid.of(shown, anchor, today, queries.inRange(actor, filter), zone);
    }

    @GetMapping("/options")
    @Operation(summary = "新建活动可选项：活动形式、可加入的系列、可选主讲人、面向对象、协办单位、可计入事项")
    ActivityOptions.Options options() {
        Actor actor = CurrentActor.get();
        return options.of(actor, actor.unitId(), List.of());
    }

    @PostMapping
    @Operation(summary = "新建活动（本单位主办；单位管理员）")
    ResponseEntity<ActivityView> create(@RequestBody ActivityBody body) {
        long id = workflow.create(CurrentActor.get(), body.command(clock.getZone()));
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id)).body(views.view(id, CurrentActor.get()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "活动详情（含主讲人、协办单位、计入事项与可进行的操作）")
    ActivityView show(@PathVariable long id) {
        return views.view(id, CurrentActor.get());
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改活动（主办单位及其上级单位的管理员）")
    ActivityView revise(@PathVariable long id, @RequestBody ActivityBody body) {
        workflow.revise(CurrentActor.get(), id, body.command(clock.getZone()), body.version());
        return views.view(id, CurrentActor.get());
    }

    @PostMapping("/{id}/held")
    @Operation(summary = "标记为已举办（活动开始后；关联计入事项的，计入 1 次活动）")
    ActivityView held(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.markHeld(CurrentActor.get(), id, version);
        return views.view(id, CurrentActor.get());
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "取消活动（筹备中的活动，须填写原因）")
    ActivityView cancel(@PathVariable long id, @RequestBody CancelBody body) {
        workflow.cancel(CurrentActor.get(), id, body.reason(), body.version());
        return views.view(id, CurrentActor.get());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除活动（已举办的不能删除）")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/ics")
    @Operation(summary = "下载活动的日历文件（.ics）")
    ResponseEntity<byte[]> ics(@PathVariable long id) {
        return IcsResponses.download(files.of(workflow.visible(id, CurrentActor.get())), "activity-" + id + ".ics");
    }

    @GetMapping("/feed")
    @Operation(summary = "本单位日历的订阅地址（日历应用无需登录即可订阅）")
    Feed feed() {
        return feeds.of(CurrentActor.get()).map(this::feedOf).orElse(new Feed(null, null));
    }

    @PostMapping("/feed")
    @Operation(summary = "生成或重新生成本单位日历的订阅地址（旧地址随即失效；单位管理员）")
    Feed renewFeed() {
        return feedOf(feeds.renew(CurrentActor.get()));
    }

    private Feed feedOf(String token) {
        return new Feed(token, IcsResponses.feedUrl(token));
    }

    private UnitRef unit(Actor actor, Long unitId) {
        return scope.unit(actor, ActivityRoles.readsSubtree(actor) ? unitId : null);
    }
}
