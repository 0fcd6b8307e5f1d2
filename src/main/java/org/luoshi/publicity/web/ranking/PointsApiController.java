package org.luoshi.publicity.web.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.luoshi.publicity.internal.ranking.ChangePoints;
import org.luoshi.publicity.internal.ranking.PointRule;
import org.luoshi.publicity.internal.ranking.PointsSettings;
import org.luoshi.publicity.internal.ranking.PointsTable;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 积分设置 over the API. */
@RestController
@RequestMapping("/api/v1/publicity/points")
@Tag(name = "信息报送积分设置", description = "各级采用、推荐一篇报送给报送单位计的积分；全国性协会的管理员可修改")
class PointsApiController {

    private final RankingAccess access;
    private final PointsSettings settings;
    private final Messages messages;

    PointsApiController(RankingAccess access, PointsSettings settings, Messages messages) {
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "积分设置", description = "每级（审核单位的类型）采用一篇、推荐一篇各计几分；mayChange 表示本人能否修改。会员返回 403。")
    PointsResponse points() {
        Actor actor = access.viewer();
        return response(settings.table(), settings.mayChange(actor));
    }

    @PutMapping
    @Operation(summary = "修改积分设置",
            description = "只改列出的级别（level：NATIONAL、PROVINCIAL、PREFECTURE、COUNTY、BRANCH、COMMITTEE），每项为 0–1000 的整数；"
                    + "一项有误则都不保存。仅全国性协会的系统管理员、单位管理员（否则 403），每次修改记入审计日志（修改前后的值）。")
    PointsResponse change(@RequestBody ChangeRequest request) {
        Actor actor = access.viewer();
        PointsTable table = settings.change(actor, new ChangePoints(request.levels()));
        return response(table, true);
    }

    private PointsResponse response(PointsTable table, boolean mayChange) {
        return new PointsResponse(table.rules().stream().map(rule -> new Level(rule.level(),
                messages.get("unit.type." + rule.level()), rule.adopted(), rule.recommended())).toList(), mayChange);
    }

    record ChangeRequest(List<PointRule> levels) {
    }

    record Level(String level, String label, int adopted, int recommended) {
    }

    record PointsResponse(List<Level> levels, boolean mayChange) {
    }
}
