// 报名 under load (issue 13): many members registering at once for an activity with few places, through the app
// over HTTP (each member logged in with their own session), then a check of what was written. Run with the app's
// classpath (bench/classpath.sh):
//   java -cp "target/classes:$(cat target/classpath.txt)" bench/RegistrationBench.java setup [jdbc-url] [user] [members] [capacity]
//   java -cp "target/classes:$(cat target/classpath.txt)" bench/RegistrationBench.java run [base-url] [jdbc-url] [user] [activity-id] [warm-up-activity-id]
// setup (on a database the app has migrated and started on once, so that its root unit exists): adds a province (基准报名省) with `members` members, each with a login (bench.reg.N,
// role 会员, password Bench-Password-2026), and an activity of that province with `capacity` places starting in a
// week; prints its id.
// run: logs every member in (50 at a time), fires the same burst at the warm-up activity (unmeasured), then fires one registration per member all at once (one thread each,
// released together), reports p50/p95/max of the registrations and checks the database: exactly `capacity`
// registered, the rest waiting, and the waiting list in the order the bookings were made. Exits 1 when a check fails.
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

public class RegistrationBench {

    static final String PASSWORD = "Bench-Password-2026";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "run";
        if (mode.equals("setup")) {
            setup(arg(args, 1, "jdbc:postgresql://127.0.0.1:5432/luoshi_registration_bench"), arg(args, 2, "postgres"),
                    Integer.parseInt(arg(args, 3, "1000")), Integer.parseInt(arg(args, 4, "100")));
        } else {
            run(arg(args, 1, "http://127.0.0.1:18103"), arg(args, 2,
                    "jdbc:postgresql://127.0.0.1:5432/luoshi_registration_bench"), arg(args, 3, "postgres"),
                    Long.parseLong(arg(args, 4, "0")), Long.parseLong(arg(args, 5, "0")));
        }
    }

    static String arg(String[] args, int i, String fallback) {
        return args.length > i ? args[i] : fallback;
    }

    // ---------------------------------------------------------------- setup

    static void setup(String url, String user, int members, int capacity) throws Exception {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            long province = single(db, """
                    insert into unit (code, name, short_name, type, parent_id, path, depth)
                    select 'BENCHREG' || (select count(*) from unit), '基准报名省老科协', '基准报名省', 'PROVINCIAL', id,
                           'pending', 1 from unit where parent_id is null returning id""");
            update(db, "update unit set path = (select path from unit r where r.parent_id is null) || id || '/' "
                    + "where id = " + province);
            try (PreparedStatement member = db.prepareStatement("""
                    insert into member (unit_id, unit_path, name) select id, path, ? from unit where id = ?
                    returning id""");
                 PreparedStatement account = db.prepareStatement("""
                    insert into account (username, display_name, password_hash, unit_id, unit_path, member_id)
                    select ?, ?, ?, id, path, ? from unit where id = ?
                    on conflict do nothing returning id""");
                 PreparedStatement role = db.prepareStatement(
                         "insert into account_role (account_id, role) values (?, 'MEMBER')")) {
                update(db, "delete from account_role where account_id in (select id from account where username like "
                        + "'bench.reg.%')");
                update(db, "delete from account where username like 'bench.reg.%'");
                for (int i = 0; i < members; i++) {
                    member.setString(1, "基准会员" + i);
                    member.setLong(2, province);
                    long memberId = single(member);
                    account.setString(1, "bench.reg." + i);
                    account.setString(2, "基准会员" + i);
                    account.setString(3, hash);
                    account.setLong(4, memberId);
                    account.setLong(5, province);
                    role.setLong(1, single(account));
                    role.executeUpdate();
                }
            }
            long activity = activity(db, province, "基准大讲堂", capacity);
            // the same burst is first fired at a warm-up activity, unmeasured: the app's first calls are cold
            long warmup = activity(db, province, "基准预热", capacity);
            db.commit();
            System.out.println(activity + " " + warmup);
        }
    }

    static long activity(Connection db, long province, String title, int capacity) throws Exception {
        return single(db, """
                insert into activity (unit_id, unit_path, kind, title, address, starts_at, ends_at, capacity,
                                      audience_unit_id, audience_unit_path, created_at, updated_at)
                select id, path, 'LECTURE_HALL', '%s', '报告厅', now() + interval '7 days',
                       now() + interval '7 days 2 hours', %d, id, path, now(), now()
                  from unit where id = %d returning id""".formatted(title, capacity, province));
    }

    static long single(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            return single(statement);
        }
    }

    static long single(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void update(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- run

    record Member(HttpClient client, String csrf) {
    }

    static void run(String base, String url, String user, long activity, long warmup) throws Exception {
        List<String> usernames = new ArrayList<>();
        int capacity;
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            capacity = (int) single(db, "select capacity from activity where id = " + activity);
            try (ResultSet rs = db.createStatement().executeQuery(
                    "select username from account where username like 'bench.reg.%' order by id")) {
                while (rs.next()) {
                    usernames.add(rs.getString(1));
                }
            }
        }
        ExecutorService logins = Executors.newFixedThreadPool(50);
        List<Future<Member>> loggedIn = new ArrayList<>();
        for (String username : usernames) {
            loggedIn.add(logins.submit(() -> login(base, username, activity)));
        }
        List<Member> members = new ArrayList<>();
        for (Future<Member> member : loggedIn) {
            members.add(member.get());
        }
        logins.shutdown();
        if (warmup > 0) {
            burst(base, warmup, members);
            System.out.println("warm-up burst done");
        }
        System.out.println(members.size() + " members logged in; registering all at once for " + capacity
                + " places");
        long began = System.nanoTime();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long[] nanos = burst(base, activity, members, statuses);
        long wall = System.nanoTime() - began;
        Arrays.sort(nanos);
        System.out.printf("registrations: %d in %.2f s, statuses %s%n", nanos.length, wall / 1e9,
                new TreeMap<>(statuses));
        System.out.printf("latency ms: p50 %.1f  p95 %.1f  max %.1f%n", nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6, nanos[nanos.length - 1] / 1e6);
        if (!check(url, user, activity, capacity, members.size())) {
            System.exit(1);
        }
    }

    static long[] burst(String base, long activity, List<Member> members) throws Exception {
        return burst(base, activity, members, new ConcurrentHashMap<>());
    }

    /** One registration per member, all released together; the time each took. */
    static long[] burst(String base, long activity, List<Member> members, Map<Integer, AtomicLong> statuses)
            throws Exception {

        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> calls = new ArrayList<>();
        for (Member member : members) {
            calls.add(pool.submit(() -> {
                start.await();
                long started = System.nanoTime();
                HttpResponse<String> response = member.client().send(HttpRequest.newBuilder(
                                URI.create(base + "/api/v1/activities/" + activity + "/registration"))
                        .header("X-CSRF-TOKEN", member.csrf()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                statuses.computeIfAbsent(response.statusCode(), k -> new AtomicLong()).incrementAndGet();
                return System.nanoTime() - started;
            }));
        }
        start.countDown();
        long[] nanos = new long[calls.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = calls.get(i).get();
        }
        pool.shutdown();
        return nanos;
    }

    /** Exactly the capacity registered, the rest waiting, the waiting list in booking order. */
    static boolean check(String url, String user, long activity, int capacity, int members) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            long registered = single(db, "select count(*) from activity_registration where activity_id = " + activity
                    + " and status in ('REGISTERED', 'PENDING')");
            long waiting = single(db, "select count(*) from activity_registration where activity_id = " + activity
                    + " and status = 'WAITING'");
            long outOfOrder = single(db, """
                    select count(*) from activity_registration w, activity_registration r
                     where w.activity_id = %d and r.activity_id = %d and w.status = 'WAITING'
                       and r.status = 'REGISTERED' and w.id < r.id""".formatted(activity, activity));
            long expectedRegistered = Math.min(capacity, members);
            boolean ok = registered == expectedRegistered && waiting == members - expectedRegistered
                    && outOfOrder == 0;
            System.out.printf("registered %d (want %d), waiting %d (want %d), waiting booked before a place %d: %s%n",
                    registered, expectedRegistered, waiting, members - expectedRegistered, outOfOrder,
                    ok ? "OK" : "FAILED");
            return ok;
        }
    }

    /** Logs in through the login form and reads a CSRF token from the activity's page, for the API calls. */
    static Member login(String base, String username, long activity) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String token = csrf(client, base + "/login");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(PASSWORD) + "&_csrf=" + encode(token))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login as " + username + " failed: " + response.statusCode());
        }
        return new Member(client, csrf(client, base + "/activities/" + activity));
    }

    static String csrf(HttpClient client, String url) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no _csrf input on " + url + " (status " + page.statusCode() + ")");
        }
        return csrf.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
