import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 签到 at a 大讲堂 (issue 13): N check-ins spread over a window by C clients, each a logged-in staff session at the
 * door scanning members' own codes (POST /api/v1/activities/{id}/checkins/member-code), some members scanned twice;
 * then the database is asked whether every person was counted exactly once.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) bench/CheckinBench.java --province 330000
 *      [--base http://127.0.0.1:8080] [--db-url jdbc:postgresql://127.0.0.1:5432/luoshi_bench] [--db-user postgres]
 *      [--clients 200] [--checkins 2000] [--seconds 300] [--repeat 0.1] [--warmup 200]
 *      [--password Bench-Password-2026]
 * </pre>
 *
 * Setup over JDBC: an activity of the province starting in 10 minutes (so check-in is open), and a member code for
 * each of the first N members of the province's subtree. The account is bench.p&lt;province&gt; of
 * bench/Generate.java. Prints p50/p95/p99/max of the answers, the requests that failed, and the counts.
 */
public class CheckinBench {

    static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String province = o.getOrDefault("province", "330000");
        String base = o.getOrDefault("base", "http://127.0.0.1:8080");
        int clients = Integer.parseInt(o.getOrDefault("clients", "200"));
        int checkins = Integer.parseInt(o.getOrDefault("checkins", "2000"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "300"));
        double repeat = Double.parseDouble(o.getOrDefault("repeat", "0.1"));
        try (Connection db = DriverManager.getConnection(
                o.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/luoshi_bench"),
                o.getOrDefault("db-user", "postgres"), o.getOrDefault("db-password", ""))) {
            long activity = activity(db, province);
            List<String> tokens = memberCodes(db, province, checkins);
            System.out.printf("activity %d, %,d members with codes, %d clients, over %d s%n", activity, tokens.size(),
                    clients, seconds);
            List<String> scans = new ArrayList<>(tokens);
            scans.addAll(tokens.subList(0, (int) (tokens.size() * repeat)));
            Collections.shuffle(scans);
            // warm-up, not measured: the same scans against an activity of their own, as fast as the clients go
            long warmup = activity(db, province);
            int warm = Math.min(tokens.size(), Integer.parseInt(o.getOrDefault("warmup", "200")));
            run(o, base, "bench.p" + province, warmup, new ArrayList<>(tokens.subList(0, warm)), clients, 0,
                    "warm-up");
            run(o, base, "bench.p" + province, activity, scans, clients, seconds, "measured");
            counted(db, activity, tokens.size());
        }
    }

    static long activity(Connection db, String province) throws Exception {
        try (PreparedStatement s = db.prepareStatement("""
                insert into activity (unit_id, unit_path, kind, title, address, starts_at, ends_at, audience_unit_id,
                                      audience_unit_path, created_at, updated_at)
                select id, path, 'LECTURE_HALL', '签到压测大讲堂', '报告厅', now() + interval '10 minutes',
                       now() + interval '3 hours', id, path, now(), now() from unit where code = ? returning id""")) {
            s.setString(1, province);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** A member code for each of the first {@code n} active members of the subtree, made here as the app makes them. */
    static List<String> memberCodes(Connection db, String province, int n) throws Exception {
        List<Long> members = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                select m.id from member m join unit u on u.code = ? where m.unit_path like u.path || '%'
                   and m.status = 'ACTIVE' order by m.id limit ?""")) {
            s.setString(1, province);
            s.setInt(2, n);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    members.add(r.getLong(1));
                }
            }
        }
        SecureRandom random = new SecureRandom();
        List<String> tokens = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                insert into activity_member_code (member_id, token, created_at) values (?, ?, now())
                on conflict (member_id) do update set token = excluded.token""")) {
            for (long member : members) {
                char[] token = new char[20];
                for (int i = 0; i < token.length; i++) {
                    token[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                }
                s.setLong(1, member);
                s.setString(2, new String(token));
                s.addBatch();
                tokens.add("LSM:" + new String(token));
            }
            s.executeBatch();
        }
        return tokens;
    }

    static void run(Map<String, String> o, String base, String username, long activity, List<String> scans,
            int clients, int seconds, String label) throws Exception {
        String password = o.getOrDefault("password", "Bench-Password-2026");
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(scans);
        long[] nanos = new long[scans.size()];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger already = new AtomicInteger();
        // each client waits its turn so that the scans spread evenly over the window, as people arrive at a door
        long intervalNanos = seconds <= 0 ? 0 : seconds * 1_000_000_000L / scans.size();
        // the staff log in a few at a time before the doors open (the bench measures check-ins, not 200 logins in
        // one instant), and the window starts once all are in
        Semaphore loggingIn = new Semaphore(8);
        AtomicLong opens = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger ticket = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        String url = base + "/api/v1/activities/" + activity + "/checkins/member-code";
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                String csrf;
                loggingIn.acquire();
                try {
                    csrf = login(client, base, username, password);
                } finally {
                    loggingIn.release();
                    ready.countDown();
                }
                go.await();
                long start = opens.get();
                String token;
                while ((token = queue.poll()) != null) {
                    long due = start + ticket.getAndIncrement() * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    nanos[done.getAndIncrement()] = System.nanoTime() - t0;
                    if (r.statusCode() != 200) {
                        failed.incrementAndGet();
                        System.err.println(r.statusCode() + " " + r.body());
                    } else if (r.body().contains("\"already\":true")) {
                        already.incrementAndGet();
                    }
                }
                return null;
            });
        }
        ready.await();
        long start = System.nanoTime() + 1_000_000_000L;
        opens.set(start);
        go.countDown();
        pool.shutdown();
        pool.awaitTermination(seconds + 600L, java.util.concurrent.TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        long[] sorted = Arrays.copyOf(nanos, done.get());
        Arrays.sort(sorted);
        System.out.printf(label + ": %,d requests in %.1f s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
                + "%d failed, %d answered 已签到%n", sorted.length, elapsed / 1e9, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, failed.get(),
                already.get());
    }

    static void counted(Connection db, long activity, int people) throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "select count(*), count(distinct member_id) from activity_checkin where activity_id = ?")) {
            s.setLong(1, activity);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                boolean once = r.getLong(1) == people && r.getLong(2) == people;
                System.out.printf("counted: %,d rows, %,d people, of %,d scanned: %s%n", r.getLong(1), r.getLong(2),
                        people, once ? "every person exactly once" : "MISMATCH");
                if (!once) {
                    System.exit(1);
                }
            }
        }
    }

    /** Logs in through the form, as Load.java does, and answers the CSRF token of the logged-in session. */
    static String login(HttpClient client, String base, String username, String password) throws Exception {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = LOGIN_CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no _csrf input on " + base + "/login");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login as " + username + " failed: " + response.statusCode());
        }
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/me")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher meta = META_CSRF.matcher(page.body());
        if (!meta.find()) {
            throw new IllegalStateException("no CSRF token on /me after logging in");
        }
        return meta.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }
}
