// Reading at national scale (issue 11): the coverage roll-up's SQL, warm, and reading-progress writes from many
// concurrent readers, on a database filled by bench/generate.sh and bench/reading-generate.sql. Run with the app's
// classpath (bench/classpath.sh):
//   java -cp "target/classes:$(cat target/classpath.txt)" bench/ReadingBench.java migrate [jdbc-url] [user]
//   java -cp "target/classes:$(cat target/classpath.txt)" bench/ReadingBench.java sql    [jdbc-url] [user] [iterations]
//   java -cp "target/classes:$(cat target/classpath.txt)" bench/ReadingBench.java writes [jdbc-url] [user] [readers] [seconds]
// sql: the queries CoverageQueries and OrgOverview.membersByUnit issue for one view (the subtree's active members per
// unit, the counters per unit, the child units), nationally (per province) and for 浙江 (per city), p50/p95 warm;
// and the other views (trend, units behind share the per-view queries; sections) for reference.
// writes: `readers` threads (100) on a pool of 20 connections (the app's), each write one transaction through the
// app's own write path, ReadingProgress.report (the visibility check and upsert in one statement, the dwell rule,
// marking the section read under the row lock, the member's material_reader row that V102's trigger counts).
// Then checks that none was lost: the sections marked read grew by exactly the reports that said "newly read",
// and every touched reader's sections_read equals its read sections.
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Clock;
import java.time.Instant;
import org.luoshi.study.ReadingEvent;
import org.luoshi.study.internal.reading.Reader;
import org.luoshi.study.internal.reading.ReadingProgress;
import org.luoshi.study.internal.reading.ReadingProgress.Outcome;
import org.luoshi.study.internal.reading.ReadingProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

public class ReadingBench {

    static final String HEADCOUNTS = """
            select d.id, d.path, n.members from unit_member_count n join unit d on d.id = n.unit_id
             where n.status = 'ACTIVE' and n.members > 0 and d.path like ? || '%'""";
    static final String COUNTERS = """
            select unit_id, started, finished
              from reading_unit_count
             where material_id = ? and unit_path like ? || '%'""";
    static final String CHILDREN = """
            select id, code, name, short_name, type, path, parent_id, status from unit
             where parent_id = ? and status = 'ACTIVE' order by sort_order, id""";
    static final String TREND = """
            select week, sum(started) as started, sum(finished) as finished
              from reading_coverage_count
             where material_id = ? and unit_path like ? || '%' and week <= current_date
             group by week having sum(started) <> 0 or sum(finished) <> 0 order by week""";
    static final String SECTIONS = """
            select s.id, s.ordinal, s.chapter, s.heading, coalesce(c.finished, 0) as finished
              from study_section s
              left join (select p.section_id, count(*) as finished
                           from material_reader r
                           join reading_progress p on p.member_id = r.member_id and p.material_id = r.material_id
                          where r.material_id = ? and r.unit_path like ? || '%' and r.active
                            and p.finished_at is not null
                          group by p.section_id) c on c.section_id = s.id
             where s.material_id = ? order by s.ordinal""";

    static final String READ_SECTIONS =
            "select count(*) from reading_progress where material_id = ? and finished_at is not null";

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "sql";
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/luoshi_bench";
        String user = args.length > 2 ? args[2] : "postgres";
        if (mode.equals("migrate")) {
            org.flywaydb.core.Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load()
                    .migrate();
        } else if (mode.equals("sql")) {
            sql(url, user, args.length > 3 ? Integer.parseInt(args[3]) : 300);
        } else {
            writes(url, user, args.length > 3 ? Integer.parseInt(args[3]) : 100,
                    args.length > 4 ? Integer.parseInt(args[4]) : 30);
        }
    }

    static long material(Connection c) throws SQLException {
        return single(c, "select max(id) from study_material where title like '基准测试：%'");
    }

    static long single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void sql(String url, String user, int iterations) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            long material = material(c);
            long root = single(c, "select id from unit where parent_id is null");
            long province = single(c, "select id from unit where code = '330000'");
            String rootPath = path(c, root);
            String provincePath = path(c, province);
            System.out.printf("material %d, load %s%n", material, load());
            for (Object[] scope : List.of(new Object[] {"national, per province", root, rootPath},
                    new Object[] {"浙江 330000, per city", province, provincePath})) {
                String label = (String) scope[0];
                long unit = (Long) scope[1];
                String path = (String) scope[2];
                time(label + ": coverage view (headcounts + counters + children)", iterations, () -> {
                    drain(c, HEADCOUNTS, path);
                    drain(c, COUNTERS, material, path);
                    drain(c, CHILDREN, unit);
                });
                time(label + ": headcounts alone", iterations, () -> drain(c, HEADCOUNTS, path));
                time(label + ": counters alone", iterations, () -> drain(c, COUNTERS, material, path));
                time(label + ": trend", iterations, () -> drain(c, TREND, material, path));
                time(label + ": sections", Math.max(5, iterations / 30), () -> drain(c, SECTIONS, material, path,
                        material));
            }
            System.out.printf("load after: %s%n", load());
        }
    }

    interface Step {
        void run() throws SQLException;
    }

    static void time(String label, int iterations, Step step) throws SQLException {
        for (int i = 0; i < Math.max(3, iterations / 10); i++) {
            step.run();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            step.run();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", label, iterations,
                nanos[iterations / 2] / 1e6, nanos[(int) (iterations * 0.95)] / 1e6, nanos[iterations - 1] / 1e6);
    }

    static int drain(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            int rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    static String path(Connection c, long unit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select path from unit where id = ?")) {
            s.setLong(1, unit);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static String load() {
        try {
            return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static void writes(String url, String user, int readers, int seconds) throws Exception {
        List<Reader> regulars;
        List<Reader> newcomers;
        long material;
        int sections;
        long readBefore;
        long[] sectionIds;
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            material = material(c);
            sections = (int) single(c, "select section_count from study_material where id = ?", material);
            regulars = readers(c, """
                    select m.id, m.unit_id, m.unit_path from material_reader r join member m on m.id = r.member_id
                     where r.material_id = ? order by random() limit 100000""", material);
            newcomers = readers(c, """
                    select id, unit_id, unit_path from member m where status = 'ACTIVE' and not exists (select 1
                      from material_reader r where r.material_id = ? and r.member_id = m.id)
                     order by random() limit 20000""", material);
            readBefore = single(c, READ_SECTIONS, material);
            sectionIds = ids(c, "select id from study_section where material_id = ? order by ordinal", material);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(20);
        config.setAutoCommit(false);
        Set touched = new Set();
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong newlyRead = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        System.out.printf("%d readers, %d s, pool 20, material %d (%d sections), load %s%n", readers, seconds,
                material, sections, load());
        try (HikariDataSource pool = new HikariDataSource(config)) {
            ReadingProgress progress = new ReadingProgress(JdbcClient.create(pool),
                    new ReadingProperties(null, null, null, null, null), Clock.systemDefaultZone());
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < readers; t++) {
                long[] mine = new long[100_000];
                latencies.add(mine);
                Thread thread = new Thread(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    int n = 0;
                    while (System.nanoTime() < end) {
                        boolean newcomer = random.nextInt(10) == 0;
                        List<Reader> from = newcomer ? newcomers : regulars;
                        Reader reader = from.get(random.nextInt(from.size()));
                        long section = sectionIds[random.nextInt(sectionIds.length)];
                        boolean endReached = random.nextInt(10) < 6;
                        ReadingEvent event = new ReadingEvent(endReached ? 600_000L : 5_000L, endReached,
                                Instant.now());
                        long started = System.nanoTime();
                        try {
                            Outcome outcome = transactions.execute(tx -> progress.report(reader, section, event));
                            acked.incrementAndGet();
                            if (outcome.newlyRead()) {
                                newlyRead.incrementAndGet();
                            }
                            touched.add(reader.memberId());
                            mine[n++ % mine.length] = System.nanoTime() - started;
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                    mine[mine.length - 1] = n;
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 0,
                (int) Math.min(l[l.length - 1], l.length - 1))).toArray();
        Arrays.sort(all);
        System.out.printf("writes: %,d acknowledged in %d s = %,.0f/s (failed %d; %,d sections newly read);"
                        + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; load %s%n", acked.get(), seconds,
                acked.get() / (double) seconds, failed.get(), newlyRead.get(), all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.95)] / 1e6, all[(int) (all.length * 0.99)] / 1e6, load());
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            long lost = newlyRead.get() - (single(c, READ_SECTIONS, material) - readBefore);
            System.out.printf("lost writes (sections reported newly read minus sections marked read): %d%n", lost);
            try (PreparedStatement s = c.prepareStatement("""
                    select count(*) from material_reader r
                     where r.material_id = ? and r.member_id = any (?)
                       and r.sections_read <> (select count(*) from reading_progress p where p.member_id = r.member_id
                                                  and p.material_id = r.material_id and p.finished_at is not null)""")) {
                s.setLong(1, material);
                s.setArray(2, c.createArrayOf("bigint", touched.ids().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    System.out.printf("touched readers %,d; whose sections_read disagrees with their progress: %d%n",
                            touched.ids().size(), rs.getLong(1));
                }
            }
            long readersNow = single(c, "select count(*) from material_reader where material_id = ? and active",
                    material);
            long counted = single(c, "select sum(started) from reading_unit_count where material_id = ?", material);
            long finished = single(c, "select count(*) from material_reader where material_id = ? and active"
                    + " and finished_on is not null", material);
            long countedFinished = single(c, "select sum(finished) from reading_unit_count where material_id = ?",
                    material);
            System.out.printf("readers %,d, counted %,d; finished %,d, counted %,d%n", readersNow, counted, finished,
                    countedFinished);
        }
    }

    static List<Reader> readers(Connection c, String sql, long material) throws SQLException {
        List<Reader> readers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, material);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    readers.add(new Reader(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return readers;
    }

    static long[] ids(Connection c, String sql, Object... params) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** The members written to, for the consistency check. */
    static final class Set {
        private final java.util.Set<Long> ids = ConcurrentHashMap.newKeySet();

        void add(long id) {
            ids.add(id);
        }

        java.util.Set<Long> ids() {
            return ids;
        }
    }
}
