import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the member list and unit pages of one province, as its unit administrator, plus the same
 * count + first-page SQL measured over JDBC alone to show the database's share.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) bench/Load.java --province 330000 [--base http://127.0.0.1:8080]
 *      [--threads 8] [--seconds 30] [--warmup-seconds 5] [--password Bench-Password-2026]
 *      [--db-url jdbc:postgresql://127.0.0.1:5432/luoshi_bench] [--db-user postgres] [--db-password ""]
 *      [--http true|false] [--jdbc true|false] [--iterations 500] [--paths /org/members,/org/units/{id}]
 *      [--username bench.p&lt;province&gt;] [--login true|false]
 * </pre>
 *
 * The account is bench.p&lt;province&gt;, created by bench/Generate.java. Each thread is one logged-in user with
 * its own session: it fetches /login, takes the CSRF token from the hidden input _csrf, posts the form, keeps the
 * cookie, then requests GET /org/members (first page of 20 with the total, default scope = the province subtree)
 * and GET /org/units/{province id} in turn.
 */
public class Load {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    /** The member list's total without filters, as MemberRepository sums the per-unit counters (V63). */
    static final String COUNT_SQL = """
            select coalesce(sum(c.members), 0) from unit_member_count c join unit u on u.id = c.unit_id
            where u.path like ? || '%'""";
    /** The member list's first page as MemberRepository issues it (default order: by unit, then id). */
    static final String PAGE_SQL = """
            select id, unit_id, unit_path, name, gender, birth_year, phone_enc, id_number_enc, field, title,
                   former_employer, political_status, joined_on, status, version, updated_at
            from member where unit_path like ? || '%' order by unit_path, id limit 20 offset 0""";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String province = options.getOrDefault("province", "330000");
        try (Connection db = DriverManager.getConnection(
                options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/luoshi_bench"),
                options.getOrDefault("db-user", "postgres"), options.getOrDefault("db-password", ""))) {
            Scope scope = Scope.of(db, province);
            System.out.printf("province %s: unit id %d, path %s, %,d members in the subtree%n", province, scope.id(),
                    scope.path(), scope.members());
            if (Boolean.parseBoolean(options.getOrDefault("jdbc", "true"))) {
                int iterations = Integer.parseInt(options.getOrDefault("iterations", "500"));
                jdbc(db, "province " + province, scope.path(), iterations);
                Scope county = Scope.largestCounty(db, scope.path());
                jdbc(db, "county " + county.code() + " (" + String.format("%,d", county.members()) + " members)",
                        county.path(), iterations);
            }
            if (Boolean.parseBoolean(options.getOrDefault("http", "true"))) {
                http(options, province, scope.id());
            }
        }
    }

    record Scope(long id, String code, String path, long members) {

        static Scope of(Connection db, String code) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement("""
                    select id, code, path, (select count(*) from member where unit_path like u.path || '%')
                    from unit u where code = ?""")) {
                statement.setString(1, code);
                return single(statement);
            }
        }

        static Scope largestCounty(Connection db, String under) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement("""
                    select u.id, u.code, u.path, count(*) from unit u join member m on m.unit_path like u.path || '%'
                    where u.type = 'COUNTY' and u.path like ? || '%'
                    group by u.id order by count(*) desc limit 1""")) {
                statement.setString(1, under);
                return single(statement);
            }
        }

        private static Scope single(PreparedStatement statement) throws SQLException {
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("unit not found: run bench/generate.sh first");
                }
                return new Scope(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
            }
        }
    }

    // ---------------------------------------------------------------- the database alone

    static void jdbc(Connection db, String label, String path, int iterations) throws SQLException {
        try (PreparedStatement count = db.prepareStatement(COUNT_SQL);
                PreparedStatement page = db.prepareStatement(PAGE_SQL)) {
            long[] nanos = new long[iterations];
            for (int i = -iterations / 10; i < iterations; i++) {
                long started = System.nanoTime();
                count.setString(1, path);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                }
                page.setString(1, path);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(2);
                    }
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - started;
                }
            }
            report("JDBC count + first 20, " + label, nanos, iterations, 0);
        }
        explain(db, COUNT_SQL, path);
        explain(db, PAGE_SQL, path);
    }

    static void explain(Connection db, String sql, String path) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("explain (analyze, buffers) " + sql)) {
            statement.setString(1, path);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    System.out.println("    " + rs.getString(1));
                }
            }
        }
    }

    // ---------------------------------------------------------------- over HTTP, logged in

    static void http(Map<String, String> options, String province, long unitId) throws Exception {
        String base = options.getOrDefault("base", "http://127.0.0.1:8080");
        String username = options.getOrDefault("username", "bench.p" + province);
        String password = options.getOrDefault("password", "Bench-Password-2026");
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        // --login false: an anonymous visitor (the public portal, its feeds and search)
        boolean login = Boolean.parseBoolean(options.getOrDefault("login", "true"));
        long warmup = Long.parseLong(options.getOrDefault("warmup-seconds", "5")) * 1_000_000_000L;
        long measure = Long.parseLong(options.getOrDefault("seconds", "30")) * 1_000_000_000L;
        List<String> paths = List.of(options.getOrDefault("paths", "/org/members,/org/units/{id}")
                .replace("{id}", String.valueOf(unitId)).split(","));
        Map<String, List<long[]>> samples = new ConcurrentHashMap<>();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long measureFrom = start + warmup;
        long end = measureFrom + measure;
        List<Future<?>> users = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            users.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
                if (login) {
                    login(client, base, username, password);
                }
                Map<String, long[]> mine = new HashMap<>();
                Map<String, Integer> sizes = new HashMap<>();
                int turn = 0;
                while (System.nanoTime() < end) {
                    String path = paths.get(turn++ % paths.size());
                    long started = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(
                            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - started;
                    statuses.computeIfAbsent(path + " -> " + response.statusCode(), k -> new AtomicLong())
                            .incrementAndGet();
                    if (started >= measureFrom) {
                        long[] values = mine.computeIfAbsent(path, k -> new long[1 << 20]);
                        int n = sizes.merge(path, 1, Integer::sum);
                        values[n - 1] = took;
                    }
                }
                mine.forEach((path, values) -> samples.computeIfAbsent(path, k -> new ArrayList<>())
                        .add(Arrays.copyOf(values, sizes.get(path))));
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> user : users) {
            user.get();
        }
        System.out.println("HTTP responses: " + new TreeMap<>(statuses));
        for (String path : paths) {
            long[] all = samples.getOrDefault(path, List.of()).stream().flatMapToLong(Arrays::stream).toArray();
            report("HTTP GET " + path + " as " + (login ? username : "visitor") + ", " + threads + " threads", all, all.length,
                    measure);
        }
    }

    static void login(HttpClient client, String base, String username, String password) throws Exception {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no _csrf input on " + base + "/login (status " + form.statusCode() + ")");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login as " + username + " failed: " + response.statusCode() + " "
                    + location);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- figures

    static void report(String label, long[] nanos, int n, long measuredNanos) {
        if (n == 0) {
            System.out.println(label + ": no samples");
            return;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        String throughput = measuredNanos > 0 ? String.format(", %.0f req/s", n / (measuredNanos / 1e9)) : "";
        System.out.printf("%s: n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms%s%n", label, n,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), sorted[n - 1] / 1e6,
                throughput);
    }

    static double percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
