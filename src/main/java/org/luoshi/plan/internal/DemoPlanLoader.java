package org.luoshi.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's own plan as the first demo plan: the seed document structured (三、 and 四、 with their (一)–(四)
 * actionable), issued by the root to its direct children and part-way through — provinces that acknowledged and
 * forwarded, approved implementation plans, accepted reports and, since the dates follow today, overdue items.
 * Runs once (app_setting demo.plan.loaded), after the demo organisation; units it does not find are skipped.
 * Everything goes through the workflow services, so the demo is what the rules allow.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoPlanLoader implements ApplicationRunner {

    static final String LOADED = "demo.plan.loaded";
    private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final PlanDrafts drafts;
    private final PlanIssuing issuing;
    private final AssignmentWorkflow workflow;
    private final AssignmentRepository assignments;
    private final Messages messages;
    private Function<String, Optional<UnitRef>> byCode;

    DemoPlanLoader(JdbcClient jdbc, UnitDirectory units, PlanDrafts drafts, PlanIssuing issuing,
            AssignmentWorkflow workflow, AssignmentRepository assignments, Messages messages) {
        this.jdbc = jdbc;
        this.units = units;
        this.drafts = drafts;
        this.issuing = issuing;
        this.workflow = workflow;
        this.assignments = assignments;
        this.messages = messages;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("insert into app_setting (name, value) values (?, ?) on conflict (name) do nothing")
                .param(LOADED).param(OffsetDateTime.now().toString()).update() == 0) {
            return;
        }
        int issued = load(units.root(), units::findByCode);
        log.info("Demo plan loaded: issued to {} units", issued);
    }

    /** Loads the demo plan issued by {@code issuer}; the demo units are looked up by code through {@code byCode}. */
    int load(UnitRef issuer, Function<String, Optional<UnitRef>> byCode) {
        this.byCode = byCode;
        Properties settings = settings();
        Actor national = actorFor(issuer);
        LocalDate issuedOn = LocalDate.now().minusDays(Long.parseLong(settings.getProperty("issuedDaysAgo")));
        long planId = createPlan(national, settings, issuedOn);
        List<Long> items = jdbc.sql("select id from plan_item where plan_id = ? and actionable order by sort_order")
                .param(planId).query(Long.class).list();
        TargetForm children = new TargetForm();
        children.setMode(TargetForm.Mode.CHILDREN);
        int issued = issuing.issue(national, planId, children);
        progress(planId, items, settings, national);
        return issued;
    }

    private long createPlan(Actor national, Properties settings, LocalDate issuedOn) {
        PlanOutline.Outline outline = PlanOutline.parse(lines());
        PlanForm form = new PlanForm();
        form.setTitle(outline.title());
        form.setDocNumber(settings.getProperty("docNumber"));
        form.setIssuedOn(issuedOn);
        form.setBodyHtml(RichText.paragraphs(outline.preamble()));
        long planId = drafts.create(national, form);
        List<PlanOutline.Heading> headings = outline.headings();
        int[] actionable = {0};
        drafts.insertHeadings(planId, headings, index -> {
            PlanOutline.Heading heading = headings.get(index);
            boolean work = heading.level() == 2 && heading.parent() != null
                    && Set.of("三、", "四、").contains(headings.get(heading.parent()).numbering());
            return work ? actionableItem(settings.getProperty("item." + ++actionable[0]), issuedOn) : new ItemForm();
        });
        return planId;
    }

    private static ItemForm actionableItem(String setting, LocalDate issuedOn) {
        String[] parts = setting.split("\\|");
        ItemForm item = new ItemForm();
        item.setActionable(true);
        item.setDueOn(issuedOn.plusDays(Long.parseLong(parts[0])));
        item.setEvidenceKinds(new ArrayList<>(Arrays.stream(parts[1].split(",")).map(EvidenceKind::valueOf).toList()));
        if (parts.length > 3) {
            item.setTargetQuantity(Integer.valueOf(parts[2]));
            item.setTargetUnit(parts[3]);
        }
        return item;
    }

    /** 浙江 and its 杭州/西湖区 well under way, 四川 forwarded and waiting for approval, 北京 only acknowledged. */
    private void progress(long planId, List<Long> items, Properties settings, Actor national) {
        Optional<Long> zhejiang = cascade(planId, "330000", settings.getProperty("notice.province"));
        zhejiang.ifPresent(task -> {
            implementationPlan(task, "330000", items, settings);
            workflow.approveImplementationPlan(national, task, null);
            report(task, "330000", items.get(0), settings.getProperty("report.1"), national);
            report(task, "330000", items.get(1), settings.getProperty("report.2"), null);
        });
        cascade(planId, "330100", settings.getProperty("notice.prefecture")).ifPresent(task ->
                implementationPlan(task, "330100", items, settings));
        Optional<UnitRef> hangzhou = byCode.apply("330100");
        acknowledged(planId, "330106").ifPresent(task -> hangzhou.ifPresent(h -> {
            implementationPlan(task, "330106", items, settings);
            workflow.approveImplementationPlan(actorFor(h), task, null);
            report(task, "330106", items.get(0), settings.getProperty("report.1"), actorFor(h));
        }));
        cascade(planId, "510000", settings.getProperty("notice.province")).ifPresent(task ->
                implementationPlan(task, "510000", items, settings));
        acknowledged(planId, "110000");
    }

    private Optional<Long> cascade(long planId, String code, String notice) {
        return acknowledged(planId, code).map(task -> {
            TargetForm form = new TargetForm();
            form.setMode(TargetForm.Mode.CHILDREN);
            form.setNotice(notice);
            workflow.forward(actorFor(code), task, form);
            return task;
        });
    }

    private Optional<Long> acknowledged(long planId, String code) {
        return byCode.apply(code).flatMap(unit -> assignments.findByPlanAndUnit(planId, unit.id())).map(task -> {
            workflow.acknowledge(actorFor(code), task.id(), null);
            return task.id();
        });
    }

    private void implementationPlan(long task, String code, List<Long> items, Properties settings) {
        Actor unit = actorFor(code);
        for (int i = 0; i < 2; i++) {
            MeasureForm measure = new MeasureForm();
            measure.setItemId(items.get(i));
            measure.setContent(settings.getProperty("measure." + (i + 1)));
            measure.setResponsible(settings.getProperty("responsible"));
            workflow.addMeasure(unit, task, measure);
        }
        workflow.submitImplementationPlan(unit, task, null);
    }

    /** Reports progress; accepted by {@code reviewer} when given, else left awaiting review. */
    private void report(long task, String code, long itemId, String text, Actor reviewer) {
        ReportForm form = new ReportForm();
        form.setText(text);
        form.setPercent(reviewer == null ? 50 : 100);
        long reportId = workflow.report(actorFor(code), task, itemId, form, List.of()).id();
        if (reviewer != null) {
            workflow.acceptReport(reviewer, reportId, null);
        }
    }

    private Actor actorFor(String code) {
        return actorFor(byCode.apply(code).orElseThrow());
    }

    private Actor actorFor(UnitRef unit) {
        return new Actor(0, "demo", messages.get("plan.demo.actor"), unit.id(), unit.path(), Set.of(Role.UNIT_ADMIN));
    }

    private static List<String> lines() {
        try (InputStream in = new ClassPathResource("demo/seed-plan.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties settings() {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("demo/seed-plan.properties").getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
