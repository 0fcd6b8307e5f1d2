// The seed plan at national scale, and the timings of its roll-up. Run with the app's classpath:
//   ./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
//   java -cp "target/classes:$(cat target/classpath.txt)" bench/PlanGenerate.java generate [jdbc-url] [user]
//   java -cp "target/classes:$(cat target/classpath.txt)" bench/PlanGenerate.java measure  [jdbc-url] [user]
// generate: migrates the database with the app's migrations (as the app would), makes a synthetic ~5,000-unit tree
// when the unit table holds fewer than 1,000 units (otherwise uses the tree present, e.g. from bench/Generate.java),
// then issues the seed plan (8 actionable items) to the root's children, forwards it down every level, and writes
// acknowledgements, implementation plans, item states and about 200,000 progress reports with realistic states.
// measure: runs the roll-up's own SQL (the .sql resources of plan/internal/rollup) warm and prints p50/p95.
// drop: deletes every plan with its assignments, reports and notifications (the tree and members stay), so that
// bench/Submit.java, which uses up a plan's open items, can start again from a database of the size.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

public class PlanGenerate {

    static final String PLAN_TITLE = "中国老科协关于认真学习宣传贯彻党的二十大精神工作方案";

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "generate";
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/luoshi_plan_bench";
        String user = args.length > 2 ? args[2] : "postgres";
        if (command.equals("generate")) {
            Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, user, "")) {
                c.setAutoCommit(false);
                long root = ensureTree(c);
                long plan = seedPlan(c, root);
                cascade(c, plan);
                progress(c, plan);
                c.commit();
                try (Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("vacuum analyze");
                }
                report(c, plan);
            }
        } else if (command.equals("drop")) {
            try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
                System.out.println(s.executeUpdate("delete from plan") + " plans deleted");
                s.execute("vacuum analyze plan, plan_item, assignment, assignment_item, measure, progress_report, "
                        + "progress_evidence, notification");
            }
        } else {
            measure(url, user);
        }
    }

    // ---- the unit tree ----

    static long ensureTree(Connection c) throws Exception {
        long root = one(c, "select id from unit where parent_id is null order by id limit 1", -1);
        if (root < 0) {
            root = one(c, "insert into unit (code, name, short_name, type, path, depth) values "
                    + "('100000', '中国老科学技术工作者协会', '中国老科协', 'NATIONAL', 'pending', 0) returning id", 0);
            exec(c, "update unit set path = '/' || id || '/' where id = " + root);
        }
        long units = one(c, "select count(*) from unit", 0);
        if (units >= 1000) {
            System.out.println("using the unit tree present: " + units + " units");
            return root;
        }
        // 31 provinces x 13 prefectures x 9 counties + 60 branches/committees/enterprises ≈ 4,100 + 400 + 60
        int made = 0;
        for (int p = 1; p <= 31; p++) {
            long province = unit(c, root, "BP" + p, "第" + p + "省老科协", "PROVINCIAL", p);
            made++;
            for (int m = 1; m <= 13; m++) {
                long prefecture = unit(c, province, "BP" + p + "M" + m, "第" + p + "省第" + m + "市老科协", "PREFECTURE", m);
                made++;
                for (int k = 1; k <= 11; k++) {
                    unit(c, prefecture, "BP" + p + "M" + m + "C" + k, "第" + p + "省第" + m + "市第" + k + "县老科协",
                            "COUNTY", k);
                    made++;
                }
            }
        }
        for (int b = 1; b <= 60; b++) {
            String type = b <= 20 ? "BRANCH" : b <= 40 ? "COMMITTEE" : "ENTERPRISE";
            unit(c, root, "BB" + b, "第" + b + "分支机构", type, 100 + b);
            made++;
        }
        System.out.println("synthetic unit tree: " + made + " units under the root");
        return root;
    }

    static long unit(Connection c, long parent, String code, String name, String type, int order) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                insert into unit (code, name, short_name, type, parent_id, path, depth, sort_order)
                select ?, ?, ?, ?, p.id, 'pending-' || ?, p.depth + 1, ? from unit p where p.id = ? returning id
                """)) {
            s.setString(1, code);
            s.setString(2, name);
            s.setString(3, name);
            s.setString(4, type);
            s.setString(5, code);
            s.setInt(6, order);
            s.setLong(7, parent);
            ResultSet rs = s.executeQuery();
            rs.next();
            long id = rs.getLong(1);
            exec(c, "update unit set path = (select path from unit where id = " + parent + ") || id || '/' where id = "
                    + id);
            return id;
        }
    }

    // ---- the seed plan: 三、(一)–(四) and 四、(一)–(四) are the actionable items ----

    static long seedPlan(Connection c, long root) throws Exception {
        long plan = one(c, """
                insert into plan (issuer_unit_id, issuer_path, doc_number, doc_year, title, issued_on, status, created_by)
                select id, path, '中老科协发〔2022〕' || (15 + (select count(*) from plan)), 2022, '%s',
                       current_date - 60, 'ISSUED', 0
                  from unit where id = %d returning id
                """.formatted(PLAN_TITLE, root), 0);
        String[][] sections = {
            {"三、", "工作安排", "做好统筹部署", "组织开展学习宣传", "开展“党的二十大代表进协会”系列活动", "贯彻落实党的二十大决策部署"},
            {"四、", "组织实施", "提高政治站位，深化思想认识", "完善组织体系，加强自身建设",
                "加强调查研究，为老科技工作者办实事", "做好宣传阐释，营造良好氛围"}};
        String[] numbers = {"（一）", "（二）", "（三）", "（四）"};
        int[] dueDays = {-40, -25, -10, 5, -30, -15, 10, 30};
        int n = 0;
        for (int s = 0; s < sections.length; s++) {
            long parent = one(c, "insert into plan_item (plan_id, numbering, title, sort_order) values (%d, '%s', '%s', %d) returning id"
                    .formatted(plan, sections[s][0], sections[s][1], s + 2), 0);
            for (int i = 0; i < 4; i++) {
                exec(c, """
                        insert into plan_item (plan_id, parent_id, numbering, title, sort_order, actionable, due_on,
                                               evidence_kinds)
                        values (%d, %d, '%s', '%s', %d, true, current_date + %d, 'TEXT_REPORT,PHOTO')
                        """.formatted(plan, parent, numbers[i], sections[s][i + 2], i, dueDays[n++]));
            }
        }
        return plan;
    }

    /** Issue to the root's children, then level by level: acknowledged assignments forward to most children. */
    static void cascade(Connection c, long plan) throws Exception {
        int maxDepth = (int) one(c, "select max(depth) from unit", 0);
        for (int depth = 1; depth <= maxDepth; depth++) {
            exec(c, """
                    insert into assignment (plan_id, unit_id, unit_path, assigner_unit_id, parent_assignment_id, notice,
                                            issued_at)
                    select %1$d, u.id, u.path, u.parent_id, pa.id, case when pa.id is null then null else '请认真贯彻落实' end,
                           coalesce(pa.acknowledged_at, (select issued_on from plan where id = %1$d)::timestamptz)
                               + (random() * interval '4 days')
                      from unit u
                      left join assignment pa on pa.plan_id = %1$d and pa.unit_id = u.parent_id
                     where u.depth = %2$d and u.status = 'ACTIVE'
                       and (%2$d = 1 or (pa.status <> 'ISSUED' and random() < 0.99))
                    """.formatted(plan, depth));
            // forwarded due dates are the assigner's or a few days earlier
            exec(c, """
                    insert into assignment_item (assignment_id, item_id, due_on)
                    select a.id, i.id, coalesce(pi.due_on - (random() * 5)::int, i.due_on)
                      from assignment a
                      join plan_item i on i.plan_id = a.plan_id and i.actionable
                      left join assignment_item pi on pi.assignment_id = a.parent_assignment_id and pi.item_id = i.id
                     where a.plan_id = %d and a.unit_path like '%%' and array_length(string_to_array(trim(both '/' from a.unit_path), '/'), 1) = %d
                    """.formatted(plan, depth + 1));
            // 90 % acknowledge within 10 days; of those most write an implementation plan
            exec(c, """
                    update assignment a set status = 'ACKNOWLEDGED', acknowledged_at = a.issued_at + random() * interval '10 days'
                     where a.plan_id = %d and a.status = 'ISSUED' and random() < 0.96
                       and array_length(string_to_array(trim(both '/' from a.unit_path), '/'), 1) = %d
                    """.formatted(plan, depth + 1));
        }
        exec(c, """
                update assignment set
                    impl_status = (array['NONE','SUBMITTED','APPROVED','APPROVED','APPROVED','RETURNED'])[1 + floor(random() * 6)::int],
                    impl_submitted_at = acknowledged_at + random() * interval '7 days'
                 where plan_id = %d and status = 'ACKNOWLEDGED'
                """.formatted(plan));
        exec(c, """
                update assignment set impl_submitted_at = null where plan_id = %d and impl_status = 'NONE';
                update assignment set impl_reviewed_at = impl_submitted_at + random() * interval '3 days'
                 where plan_id = %d and impl_status in ('APPROVED', 'RETURNED');
                """.formatted(plan, plan));
    }

    /** Item states of acknowledged units, then 1–15 progress reports per reported item (returns kept). */
    static void progress(Connection c, long plan) throws Exception {
        exec(c, """
                update assignment_item ai set
                    status = case when r < 0.55 then 'ACCEPTED' when r < 0.70 then 'REPORTED' when r < 0.78 then 'RETURNED' else 'OPEN' end,
                    percent = case when r < 0.55 then 100 when r < 0.78 then 60 else (r * 40)::int end
                  from (select a.id, random() as r from assignment a where a.plan_id = %d and a.status <> 'ISSUED') x
                 where ai.assignment_id = x.id
                """.formatted(plan));
        exec(c, """
                update assignment_item ai set accepted_at = least(now(), a.acknowledged_at + random() * ((ai.due_on + 12) - a.acknowledged_at::date) * interval '1 day')
                  from assignment a where a.id = ai.assignment_id and a.plan_id = %d and ai.status = 'ACCEPTED'
                """.formatted(plan));
        exec(c, """
                update assignment a set status = 'COMPLETED', completed_at = now()
                 where a.plan_id = %d and a.status = 'ACKNOWLEDGED'
                   and not exists (select 1 from assignment_item ai where ai.assignment_id = a.id and ai.status <> 'ACCEPTED')
                """.formatted(plan));
        exec(c, """
                insert into progress_report (assignment_id, item_id, text, percent, status, submitted_by, submitted_at,
                                             review_comment, reviewed_by, reviewed_at)
                select ai.assignment_id, ai.item_id, '本单位落实进展第 ' || g || ' 次报送：组织专题学习，开展宣讲。',
                       least(100, 20 * g),
                       case when g < n then 'RETURNED' when ai.status = 'ACCEPTED' then 'ACCEPTED'
                            when ai.status = 'RETURNED' then 'RETURNED' else 'SUBMITTED' end,
                       0, a.acknowledged_at + g * interval '1 day',
                       case when g < n or ai.status = 'RETURNED' then '请补充活动照片和签到表' end,
                       case when g < n or ai.status in ('ACCEPTED', 'RETURNED') then 0 end,
                       case when g < n or ai.status = 'RETURNED' then a.acknowledged_at + g * interval '1 day' + interval '1 day'
                            when ai.status = 'ACCEPTED' then ai.accepted_at end
                  from assignment_item ai
                  join assignment a on a.id = ai.assignment_id
                  cross join lateral (select 1 + floor(random() * 15 + 0 * ai.item_id)::int as n) k
                  cross join lateral generate_series(1, k.n) g
                 where a.plan_id = %d and ai.status in ('ACCEPTED', 'REPORTED', 'RETURNED')
                """.formatted(plan));
    }

    static void report(Connection c, long plan) throws Exception {
        System.out.println("plan " + plan + ": " + one(c, "select count(*) from assignment where plan_id = " + plan, 0)
                + " assignments, " + one(c, "select count(*) from assignment_item ai join assignment a on a.id = ai.assignment_id where a.plan_id = " + plan, 0)
                + " assignment items, " + one(c, "select count(*) from progress_report", 0) + " progress reports in total");
    }

    // ---- timings of the roll-up's own SQL ----

    static void measure(String url, String user) throws Exception {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, "", true);
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
        Map<String, Object> national = jdbc.queryForMap("""
                select p.id as plan_id, u.path as prefix, u.id as unit_id from plan p join unit u on u.id = p.issuer_unit_id
                 where p.title = :title order by p.id desc limit 1""", Map.of("title", PLAN_TITLE));
        long planId = ((Number) national.get("plan_id")).longValue();
        long rootId = ((Number) national.get("unit_id")).longValue();
        String rootPath = (String) national.get("prefix");
        Map<String, Object> province = jdbc.queryForMap("""
                select u.id, u.path from unit u join assignment a on a.unit_id = u.id and a.plan_id = :plan
                 where u.depth = 1 order by (select count(*) from assignment d where d.plan_id = :plan and d.unit_path like u.path || '%') desc limit 1
                """, Map.of("plan", planId));
        String provincePath = (String) province.get("path");
        String itemsByChild = sql("rollupFacts") + sql("rollupItemsByChildUnit");
        String assignmentsByChild = sql("rollupFacts") + sql("rollupAssignmentsByChildUnit");
        String laggards = sql("rollupFacts") + sql("rollupLaggards");
        String trend = sql("rollupFacts") + sql("rollupTrendByWeek");
        String items = sql("actionableItems");
        String tasks = sql("tasksOfUnit");
        String activity = sql("recentActivity");
        String current = sql("currentPlans");
        LocalDate today = LocalDate.now();
        Map<String, Object> nationalParams = Map.of("planId", planId, "prefix", rootPath, "asOf", today);
        Map<String, Object> provinceParams = Map.of("planId", planId, "prefix", provincePath, "asOf", today);
        Map<String, Object> laggardPage = Map.of("planId", planId, "prefix", provincePath, "asOf", today,
                "acknowledgeWithinDays", 7, "limit", 20, "offset", 0);

        System.out.printf("plan %d, national prefix %s, province %s (%d assignments below it)%n", planId, rootPath,
                provincePath, jdbc.queryForObject("select count(*) from assignment where plan_id = :planId and unit_path like :prefix || '%'", provinceParams, Long.class));
        time("national roll-up per item (rollupItemsByChildUnit + actionableItems)", () -> {
            jdbc.queryForList(itemsByChild, nationalParams);
            return jdbc.queryForList(items, nationalParams);
        });
        time("national roll-up per province (rollupAssignmentsByChildUnit + rollupItemsByChildUnit)", () -> {
            jdbc.queryForList(assignmentsByChild, nationalParams);
            return jdbc.queryForList(itemsByChild, nationalParams);
        });
        time("province drill-down (per child + per item + laggards page 1 + trend)", () -> {
            jdbc.queryForList(assignmentsByChild, provinceParams);
            jdbc.queryForList(itemsByChild, provinceParams);
            jdbc.queryForList(laggards, laggardPage);
            return jdbc.queryForList(trend, provinceParams);
        });
        time("national laggards page 1 (rollupLaggards)", () -> jdbc.queryForList(laggards, Map.of("planId", planId,
                "prefix", rootPath, "asOf", today, "acknowledgeWithinDays", 7, "limit", 20, "offset", 0)));
        time("national weekly trend (rollupTrendByWeek)", () -> jdbc.queryForList(trend, nationalParams));
        time("work bench, national (tasks + current plans + summary + per child + activity)", () -> {
            jdbc.queryForList(tasks, Map.of("unitId", rootId));
            jdbc.queryForList(current, Map.of("scope", rootPath, "limit", 5));
            jdbc.queryForList(assignmentsByChild, nationalParams);
            jdbc.queryForList(itemsByChild, nationalParams);
            return jdbc.queryForList(activity, Map.of("scope", rootPath, "limit", 10));
        });
        time("work bench, province (same queries)", () -> {
            jdbc.queryForList(tasks, Map.of("unitId", ((Number) province.get("id")).longValue()));
            jdbc.queryForList(current, Map.of("scope", provincePath, "limit", 5));
            jdbc.queryForList(assignmentsByChild, provinceParams);
            jdbc.queryForList(itemsByChild, provinceParams);
            return jdbc.queryForList(activity, Map.of("scope", provincePath, "limit", 10));
        });
        dataSource.destroy();
    }

    static void time(String name, Supplier<Object> query) {
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        int runs = 200;
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-95s p50 %7.1f ms   p95 %7.1f ms%n", name, ms[runs / 2], ms[(int) (runs * 0.95)]);
    }

    static String sql(String name) throws Exception {
        try (var in = PlanGenerate.class.getClassLoader()
                .getResourceAsStream("org/luoshi/plan/internal/rollup/" + name + ".sql")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static long one(Connection c, String sql, long none) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : none;
        }
    }

    static void exec(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
