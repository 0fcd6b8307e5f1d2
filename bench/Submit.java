import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Throughput of progress submissions (报送进展) through the API under N concurrent clients, and a check that every
 * acknowledged (2xx) submission is in progress_report afterwards.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) bench/Submit.java [--base http://127.0.0.1:8080]
 *      [--clients 50] [--warmup 1000] [--limit 0] [--db-url jdbc:postgresql://127.0.0.1:5432/luoshi_bench]
 *      [--db-user postgres] [--db-password ""]
 * </pre>
 *
 * Runs on the database of bench/generate.sh + bench/PlanGenerate.java. Every (assignment, item) pair of the seed
 * plan that may take a report now (assignment acknowledged, item OPEN or RETURNED) is used exactly once: the
 * workflow answers 409 to a second report on an item awaiting review. Only a unit's own administrator may report,
 * so the client gives each such unit an account bench.u&lt;unit id&gt; (单位管理员) with a personal access token
 * (stored, as the app does, as the SHA-256 of the secret in api_token). The assignments are dealt out to the
 * clients, so no two clients ever submit for the same assignment; each client is one thread with its own
 * kept-alive HTTP/1.1 connection (a plain socket: see Connection1) and posts multipart (text, percent) with a fresh Idempotency-Key and its unit's bearer token. The
 * first --warmup submissions (spread over the clients) warm the JIT and are not timed.
 */
public class Submit {

    record Pair(long assignmentId, long itemId, long unitId) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = options.getOrDefault("base", "http://127.0.0.1:8080");
        int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
        int limit = Integer.parseInt(options.getOrDefault("limit", "0"));
        try (Connection db = DriverManager.getConnection(
                options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/luoshi_bench"),
                options.getOrDefault("db-user", "postgres"), options.getOrDefault("db-password", ""))) {
            List<Pair> pairs = openPairs(db, limit);
            Map<Long, String> tokens = tokens(db, pairs);
            System.out.printf("%,d open (assignment, item) pairs of %,d units; %d clients%n", pairs.size(),
                    tokens.size(), clients);
            List<List<Pair>> perClient = deal(pairs, clients);
            long reportsBefore = count(db, "select count(*) from progress_report");

            List<List<Pair>> warm = new ArrayList<>();
            List<List<Pair>> timed = new ArrayList<>();
            for (List<Pair> mine : perClient) {
                int cut = Math.min(mine.size(), warmup / clients);
                warm.add(mine.subList(0, cut));
                timed.add(mine.subList(cut, mine.size()));
            }
            Run warmRun = run(base, warm, tokens);
            System.out.println("warm-up: " + warmRun.summary());
            Run run = run(base, timed, tokens);
            System.out.println("timed:   " + run.summary());
            System.out.printf("latency of 2xx: p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                    run.percentile(0.50), run.percentile(0.95), run.percentile(0.99), run.percentile(1.0));

            List<String> acknowledged = new ArrayList<>(warmRun.acknowledgedKeys);
            acknowledged.addAll(run.acknowledgedKeys);
            long present;
            try (PreparedStatement statement = db.prepareStatement(
                    "select count(*) from progress_report where idempotency_key = any (?)")) {
                Array keys = db.createArrayOf("varchar", acknowledged.toArray());
                statement.setArray(1, keys);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    present = rs.getLong(1);
                }
            }
            long reportsAfter = count(db, "select count(*) from progress_report");
            System.out.printf("acknowledged (2xx) submissions: %,d; of them in progress_report: %,d; "
                    + "progress_report grew by %,d%n", acknowledged.size(), present, reportsAfter - reportsBefore);
            System.out.println(present == acknowledged.size() ? "CHECK OK: every acknowledged submission is stored"
                    : "CHECK FAILED: " + (acknowledged.size() - present) + " acknowledged submissions are missing");
        }
    }

    /** Pairs that may take a report now, in random order so the load spreads over the tree. */
    static List<Pair> openPairs(Connection db, int limit) throws Exception {
        List<Pair> pairs = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("""
                select ai.assignment_id, ai.item_id, a.unit_id
                  from assignment_item ai join assignment a on a.id = ai.assignment_id
                 where a.status in ('ACKNOWLEDGED', 'COMPLETED') and ai.status in ('OPEN', 'RETURNED')
                 order by md5(ai.assignment_id::text), ai.item_id""" + (limit > 0 ? " limit " + limit : ""))) {
            while (rs.next()) {
                pairs.add(new Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
        }
        return pairs;
    }

    /** An account bench.u&lt;unit&gt; (UNIT_ADMIN of the unit) and a fresh token for each unit. */
    static Map<Long, String> tokens(Connection db, List<Pair> pairs) throws Exception {
        Long[] units = pairs.stream().map(Pair::unitId).distinct().toArray(Long[]::new);
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(UUID.randomUUID().toString());
        db.setAutoCommit(false);
        try (PreparedStatement accounts = db.prepareStatement("""
                insert into account (username, display_name, password_hash, unit_id, unit_path)
                select 'bench.u' || u.id, left(u.short_name, 40) || '管理员', ?, u.id, u.path from unit u where u.id = any (?)
                on conflict do nothing""");
                PreparedStatement roles = db.prepareStatement("""
                insert into account_role (account_id, role)
                select a.id, 'UNIT_ADMIN' from account a where a.username like 'bench.u%'
                on conflict do nothing""");
                PreparedStatement forget = db.prepareStatement(
                        "delete from api_token where name = 'bench-submit'");
                PreparedStatement insert = db.prepareStatement("""
                insert into api_token (account_id, name, token_hash, prefix)
                select id, 'bench-submit', ?, ? from account where username = ?""")) {
            accounts.setString(1, hash);
            accounts.setArray(2, db.createArrayOf("bigint", units));
            accounts.executeUpdate();
            roles.executeUpdate();
            forget.executeUpdate();
            Map<Long, String> tokens = new LinkedHashMap<>();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (Long unit : units) {
                String secret = "lsb_" + UUID.randomUUID().toString().replace("-", "");
                insert.setBytes(1, sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
                insert.setString(2, secret.substring(0, 8));
                insert.setString(3, "bench.u" + unit);
                insert.addBatch();
                tokens.put(unit, secret);
            }
            insert.executeBatch();
            db.commit();
            return tokens;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Whole assignments to each client, round robin, so two clients never share an assignment. */
    static List<List<Pair>> deal(List<Pair> pairs, int clients) {
        Map<Long, List<Pair>> byAssignment = new LinkedHashMap<>();
        pairs.forEach(p -> byAssignment.computeIfAbsent(p.assignmentId(), k -> new ArrayList<>()).add(p));
        List<List<Pair>> perClient = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            perClient.add(new ArrayList<>());
        }
        // interleave: each client takes the next pair of its assignments in turn, so its warm-up slice covers
        // several assignments rather than one
        int c = 0;
        List<List<List<Pair>>> groups = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            groups.add(new ArrayList<>());
        }
        for (List<Pair> assignment : byAssignment.values()) {
            groups.get(c++ % clients).add(assignment);
        }
        for (int i = 0; i < clients; i++) {
            List<List<Pair>> mine = groups.get(i);
            for (int round = 0; ; round++) {
                boolean any = false;
                for (List<Pair> assignment : mine) {
                    if (round < assignment.size()) {
                        perClient.get(i).add(assignment.get(round));
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
        }
        return perClient;
    }

    static final class Run {
        final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> acknowledgedKeys = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long elapsedNanos;
        long[] sorted;

        String summary() {
            long requests = statuses.values().stream().mapToLong(AtomicLong::get).sum();
            return String.format("%,d requests in %.1f s = %.0f/s; 2xx %,d = %.0f/s; statuses %s%s", requests,
                    elapsedNanos / 1e9, requests / (elapsedNanos / 1e9), acknowledgedKeys.size(),
                    acknowledgedKeys.size() / (elapsedNanos / 1e9), new TreeMap<>(statuses),
                    failures.isEmpty() ? "" : "; first failures: " + failures.stream().limit(3).toList());
        }

        double percentile(double q) {
            if (sorted == null) {
                sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    static Run run(String base, List<List<Pair>> perClient, Map<Long, String> tokens) throws Exception {
        Run run = new Run();
        URI server = URI.create(base);
        CountDownLatch ready = new CountDownLatch(perClient.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (List<Pair> mine : perClient) {
            Thread thread = new Thread(() -> {
                try (Connection1 connection = new Connection1(server)) {
                    ready.countDown();
                    go.await();
                    for (Pair pair : mine) {
                        submit(connection, pair, tokens.get(pair.unitId()), run);
                    }
                } catch (Exception e) {
                    run.failures.add(e.toString());
                }
            });
            thread.start();
            threads.add(thread);
        }
        ready.await();
        long started = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        run.elapsedNanos = System.nanoTime() - started;
        return run;
    }

    static void submit(Connection1 connection, Pair pair, String token, Run run) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        byte[] body = (part(boundary, "text", "本单位落实进展：组织专题学习 " + key.substring(0, 8) + "，开展宣讲。")
                + part(boundary, "percent", "60") + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/plans/assignments/" + pair.assignmentId() + "/items/" + pair.itemId()
                + "/reports HTTP/1.1\r\nHost: " + connection.host + "\r\nAuthorization: Bearer " + token
                + "\r\nIdempotency-Key: " + key + "\r\nAccept: application/json"
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        long started = System.nanoTime();
        Connection1.Response response = connection.exchange(head.getBytes(StandardCharsets.US_ASCII), body);
        long took = System.nanoTime() - started;
        run.statuses.computeIfAbsent(String.valueOf(response.status()), k -> new AtomicLong()).incrementAndGet();
        if (response.status() / 100 == 2) {
            run.acknowledgedKeys.add(key);
            run.nanos.add(took);
        } else if (run.failures.size() < 3) {
            run.failures.add(response.status() + " " + response.body());
        }
    }

    /**
     * One kept-alive HTTP/1.1 connection, blocking. The JDK's HttpClient spent about 1.6 ms of CPU per request
     * (a selector thread per client, futures), a fifth of what the app and the database need, on the same two
     * cores; this spends a tenth of that, so the run measures the app rather than its client.
     */
    static final class Connection1 implements AutoCloseable {
        record Response(int status, String body) {
        }

        final String host;
        private final URI server;
        private Socket socket;
        private BufferedInputStream in;
        private OutputStream out;

        Connection1(URI server) {
            this.server = server;
            this.host = server.getHost() + ":" + server.getPort();
        }

        Response exchange(byte[] head, byte[] body) throws IOException {
            if (socket == null) {
                socket = new Socket(server.getHost(), server.getPort());
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream(), 16384);
                out = new BufferedOutputStream(socket.getOutputStream(), 16384);
            }
            out.write(head);
            out.write(body);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).trim();
                switch (name) {
                    case "content-length" -> length = Integer.parseInt(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                content.write(in.readNBytes(length));
            }
            if (close) {
                close();
            }
            return new Response(status, content.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }

    static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
