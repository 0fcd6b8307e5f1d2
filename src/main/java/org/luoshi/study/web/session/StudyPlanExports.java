package org.luoshi.study.web.session;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.luoshi.study.internal.session.PlannedSessions;
import org.luoshi.study.internal.session.StudyPlans;
import org.springframework.stereotype.Component;

/** 计划与落实 as an Excel sheet: the unit's subtree, its own records, and each child unit's subtree. */
@Component
class StudyPlanExports {

    private final StudyPlans plans;
    private final Messages messages;
    private final Clock clock;

    StudyPlanExports(StudyPlans plans, Messages messages, Clock clock) {
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    void progress(Actor actor, long planId, long unitId, HttpServletResponse response) throws IOException {
        List<PlannedSessions.Progress> rows = plans.progress(actor, planId, unitId);
        List<List<?>> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlannedSessions.Progress p = rows.get(i);
            String name = i == 0 ? messages.get("study.plan.progress.subtree", p.unit().name())
                    : i == 1 ? messages.get("study.plan.progress.own", p.unit().name()) : p.unit().name();
            lines.add(List.of(name, p.planned(), p.plannedHeld(), p.heldRate() + "%", p.held(), p.ledByLeaders()));
        }
        String sheet = messages.get("study.plan.progress");
        String title = messages.get("study.plan.export.title", plans.view(actor, planId, unitId).planTitle(),
                rows.get(0).unit().name(), LocalDate.now(clock));
        try (OutputStream out = ExcelDownload.start(response, sheet)) {
            ExcelWriter.write(out, title, sheet, List.of(messages.get("study.plan.progress.unit"),
                    messages.get("study.plan.progress.planned"), messages.get("study.plan.progress.plannedHeld"),
                    messages.get("study.plan.progress.rate"), messages.get("study.plan.progress.held"),
                    messages.get("study.plan.progress.leaders")), lines.stream());
        }
    }
}
