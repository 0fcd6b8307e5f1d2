package org.luoshi.plan.internal;

import org.luoshi.shared.text.RichText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.plan.ItemDraft;
import org.luoshi.plan.PlanDraft;
import org.luoshi.plan.Targets;
import org.luoshi.shared.db.OncePerInstallation;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.time.BusinessClock;
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
 * actionable), issued by the root to its direct children five weeks ago (issuedDaysAgo) and part-way through.
 * The units of the demo accounts are in the states docs/demo-accounts.md describes; every other unit the plan
 * reached takes a {@link DemoStage} in turn, from never acknowledged to every item due so far accepted. Runs once
 * (app_setting demo.plan.loaded), after the demo organisation; units it does not find are skipped. Everything goes
 * through the workflow services, so the demo is what the rules allow, each step played with the business clock
 * pinned to its day in the plan's life ({@link DemoSteps}), so the history is what the services recorded then.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoPlanLoader implements ApplicationRunner {

    static final String LOADED = "demo.plan.loaded";
    // the units whose states docs/demo-accounts.md describes for the demo accounts (成都 stays unacknowledged)
    private static final String ZHEJIANG = "330000";
    private static final String HANGZHOU = "330100";
    private static final String XIHU = "330106";
    private static final String SICHUAN = "510000";
    private static final String CHENGDU = "510100";
    private static final String BEIJING = "110000";
    private static final List<String> NAMED = List.of(ZHEJIANG, HANGZHOU, XIHU, SICHUAN, CHENGDU, BEIJING);
    private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final PlanDrafts drafts;
    private final PlanIssuing issuing;
    private final AssignmentWorkflow workflow;
    private final AssignmentRepository assignments;
    private final Messages messages;
    private final OncePerInstallation once;
    private final BusinessClock clock;
    private Function<String, Optional<UnitRef>> byCode;

    DemoPlanLoader(JdbcClient jdbc, UnitDirectory units, PlanDrafts drafts, PlanIssuing issuing,
            AssignmentWorkflow workflow, AssignmentRepository assignments, Messages messages, OncePerInstallation once,
            BusinessClock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.drafts = drafts;
        this.issuing = issuing;
        this.workflow = workflow;
        this.assignments = assignments;
        this.messages = messages;
        this.once = once;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!once.claim(LOADED)) {
            return;
        }
        int issued = load(units.root(), units::findByCode);
        log.info("Demo plan loaded: issued to {} units", issued);
    }

    /** Loads the demo plan issued by {@code issuer}; the demo units are looked up by code through {@code byCode}. */
    int load(UnitRef issuer, Function<String, Optional<UnitRef>> byCode) {
        this.byCode = byCode;
        Properties settings = settings();
        Actor national = DemoSteps.administrator(issuer.id(), issuer.path(), messages);
        LocalDate issuedOn = LocalDate.now(clock).minusDays(Long.parseLong(settings.getProperty("issuedDaysAgo")));
        Instant issuedAt = DemoSteps.officeHours(issuedOn, 0, clock.getZone());
        // drafted a few days before it went out
        long planId = clock.callAt(issuedAt.minus(Duration.ofDays(3)), () -> createPlan(national, settings, issuedOn));
        int issued = clock.callAt(issuedAt, () -> issuing.issue(national, planId, Targets.of(Targets.Mode.CHILDREN),
                null));
        List<Long> items = jdbc.sql("select id from plan_item where plan_id = ? and actionable order by sort_order")
                .param(planId).query(Long.class).list();
        List<LocalDate> dues = jdbc.sql("select due_on from plan_item where plan_id = ? and actionable "
                + "order by sort_order").param(planId).query(LocalDate.class).list();
        DemoSteps steps = new DemoSteps(workflow, units, messages, settings, items, dues, clock, assigner -> jdbc.sql(
                "select count(*) from assignment where plan_id = ? and assigner_unit_id = ?").param(planId)
                .param(assigner).query(Integer.class).single());
        steps.issued(issuer.id(), issuedAt);
        namedUnits(planId, steps);
        otherUnits(planId, steps);
        return issued;
    }

    private long createPlan(Actor national, Properties settings, LocalDate issuedOn) {
        PlanOutline.Outline outline = PlanOutline.parse(lines());
        long planId = drafts.create(national, new PlanDraft(outline.title(), settings.getProperty("docNumber"),
                issuedOn, RichText.paragraphs(outline.preamble())));
        List<PlanOutline.Heading> headings = outline.headings();
        int[] actionable = {0};
        drafts.insertHeadings(planId, headings, index -> {
            PlanOutline.Heading heading = headings.get(index);
            boolean work = heading.level() == 2 && heading.parent() != null
                    && Set.of("三、", "四、").contains(headings.get(heading.parent()).numbering());
            return work ? actionableItem(settings.getProperty("item." + ++actionable[0]), issuedOn) : null;
        });
        return planId;
    }

    /** What makes an item actionable, from its setting: days after issue it is due | evidence | target | unit. */
    private static ItemDraft actionableItem(String setting, LocalDate issuedOn) {
        String[] parts = setting.split("\\|");
        boolean target = parts.length > 3;
        return new ItemDraft(null, null, null, null, true, issuedOn.plusDays(Long.parseLong(parts[0])),
                Arrays.stream(parts[1].split(",")).map(EvidenceKind::valueOf).toList(),
                target ? Integer.valueOf(parts[2]) : null, target ? parts[3] : null);
    }

    /**
     * 浙江 and its 杭州/西湖区 well under way, 四川 forwarded and waiting for approval (成都 has not acknowledged),
     * 北京 only acknowledged.
     */
    private void namedUnits(long planId, DemoSteps steps) {
        task(planId, ZHEJIANG).ifPresent(zhejiang -> {
            steps.acknowledge(zhejiang);
            steps.forward(zhejiang, "notice.province");
            steps.submitImplementationPlan(zhejiang);
            steps.approveImplementationPlan(zhejiang);
            steps.accepted(zhejiang, 1);
            steps.reportedPartly(zhejiang, 2);
        });
        task(planId, HANGZHOU).ifPresent(hangzhou -> {
            steps.acknowledge(hangzhou);
            steps.forward(hangzhou, "notice.prefecture");
            steps.submitImplementationPlan(hangzhou);
        });
        task(planId, XIHU).ifPresent(xihu -> {
            steps.acknowledge(xihu);
            steps.submitImplementationPlan(xihu);
            steps.approveImplementationPlan(xihu);
            steps.accepted(xihu, 1);
        });
        task(planId, SICHUAN).ifPresent(sichuan -> {
            steps.acknowledge(sichuan);
            steps.forward(sichuan, "notice.province");
            steps.submitImplementationPlan(sichuan);
        });
        task(planId, BEIJING).ifPresent(steps::acknowledge);
    }

    /** Every other unit the plan reached takes the next {@link DemoStage}, in the order the plan reached them. */
    private void otherUnits(long planId, DemoSteps steps) {
        Set<Long> named = NAMED.stream().flatMap(code -> byCode.apply(code).stream()).map(UnitRef::id)
                .collect(Collectors.toSet());
        List<AssignmentRef> others = jdbc.sql("""
                select id, plan_id, unit_id, unit_path, assigner_unit_id from assignment where plan_id = ? order by id
                """).param(planId).query((rs, i) -> new AssignmentRef(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getString(4), rs.getLong(5))).list().stream().filter(task -> !named.contains(task.unitId()))
                .toList();
        for (int n = 0; n < others.size(); n++) {
            DemoStage.of(n).play(steps, others.get(n));
        }
    }

    private Optional<AssignmentRef> task(long planId, String code) {
        return byCode.apply(code).flatMap(unit -> assignments.findByPlanAndUnit(planId, unit.id()))
                .map(Assignment::ref);
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
