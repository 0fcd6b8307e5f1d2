import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writing side of bench/fault-test.sh: N clients register members and edit them through the API while the
 * script kills things, and every answer that acknowledged a write (201, 200) is logged; afterwards the log is
 * checked against the database.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) bench/FaultWriter.java token  --db-url URL [--db-user postgres]
 * java ... bench/FaultWriter.java write  --base http://127.0.0.1:8096 --token T --unit U --log acks.log --stop stop-file
 *                                        [--clients 20] [--prefix 故障]
 * java ... bench/FaultWriter.java check  --db-url URL --log acks.log [--faults name=epochMs[..untilMs],...]
 *                                        [--sigterm epochMs]
 * </pre>
 *
 * write: each client registers a member, then edits it (its name carries the edit's number) four times, and again;
 * a 409 (an edit that was saved although its answer was lost, so the version moved on) makes it read the member
 * again. Log lines: {@code <start ms> <end ms> OK C <id> <version> <name>}, {@code ... OK E <id> <version> <name>},
 * {@code ... FAIL <status or error>}. check: an acknowledged registration is lost when its member is gone; an
 * acknowledged edit is lost when the member's version is below the acknowledged one, or equal with another name.
 * For each fault it prints when the writes failed and when the first write that began after that failure was
 * acknowledged.
 */
public class FaultWriter {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern UNIT = Pattern.compile("\"unitId\":(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        switch (args[0]) {
            case "token" -> System.out.println(token(options));
            case "write" -> write(options);
            case "check" -> System.exit(check(options) == 0 ? 0 : 1);
            default -> throw new IllegalArgumentException("token, write or check");
        }
    }

    /** A personal access token of admin (stored as the app stores one: the SHA-256 of the secret), and its unit. */
    static String token(Map<String, String> options) throws Exception {
        String secret = "lsf_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection db = connect(options);
                PreparedStatement insert = db.prepareStatement("""
                        insert into api_token (account_id, name, token_hash, prefix)
                        select id, 'bench-fault', ?, ? from account where username = 'admin'""");
                PreparedStatement free = db.prepareStatement(
                        "update account set must_change_password = false where username = 'admin'")) {
            insert.setBytes(1, MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
            insert.setString(2, secret.substring(0, 8));
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no account admin");
            }
            free.executeUpdate();
            try (ResultSet unit = db.createStatement().executeQuery(
                    "select unit_id from account where username = 'admin'")) {
                unit.next();
                return secret + " " + unit.getLong(1);
            }
        }
    }

    static void write(Map<String, String> options) throws Exception {
        String base = options.getOrDefault("base", "http://127.0.0.1:8096");
        String token = options.get("token");
        Path stop = Path.of(options.get("stop"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "20"));
        String prefix = options.getOrDefault("prefix", "故障");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long unit = Long.parseLong(options.get("unit"));
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("log")),
                StandardCharsets.UTF_8), true)) {
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Client client = new Client(http, base, token, unit, prefix + c + "号", log);
                Thread thread = new Thread(() -> client.run(stop));
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /** One writing client: its own members, registered and edited one after the other. */
    static final class Client {
        final HttpClient http;
        final String base;
        final String token;
        final long unit;
        final String name;
        final PrintWriter log;
        long member;
        int version;
        int edits;
        int serial;

        Client(HttpClient http, String base, String token, long unit, String name, PrintWriter log) {
            this.http = http;
            this.base = base;
            this.token = token;
            this.unit = unit;
            this.name = name;
            this.log = log;
        }

        void run(Path stop) {
            while (!Files.exists(stop)) {
                long started = System.currentTimeMillis();
                try {
                    HttpResponse<String> response = member == 0 || edits >= 4 ? register() : edit();
                    record(started, response);
                } catch (IOException e) {
                    log(started, "FAIL " + e.getClass().getSimpleName());
                    pause();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        HttpResponse<String> register() throws IOException, InterruptedException {
            serial++;
            return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/members"))
                    .POST(body("{\"unitId\":" + unit + ",\"gender\":\"M\",\"name\":\"" + name + serial + "\"}")));
        }

        HttpResponse<String> edit() throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/members/" + member))
                    .PUT(body("{\"unitId\":" + unit + ",\"gender\":\"M\",\"name\":\"" + name + serial + "改" + (edits + 1)
                            + "\",\"version\":" + version + "}")));
        }

        void record(long started, HttpResponse<String> response) throws IOException, InterruptedException {
            int status = response.statusCode();
            String body = response.body();
            if (status == 201 || status == 200) {
                long id = number(ID, body);
                int acknowledged = (int) number(VERSION, body);
                String stored = body.replaceAll("(?s).*\"name\":\"([^\"]*)\".*", "$1");
                log(started, "OK " + (status == 201 ? "C " : "E ") + id + " " + acknowledged + " " + stored);
                if (status == 201) {
                    member = id;
                    edits = 0;
                } else {
                    edits++;
                }
                version = acknowledged;
            } else {
                log(started, "FAIL " + status);
                if (status == 409) {
                    // an edit saved although its answer was lost: read the member again
                    HttpResponse<String> current = send(HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/members/" + member)).GET());
                    if (current.statusCode() == 200) {
                        version = (int) number(VERSION, current.body());
                        edits++;
                    }
                } else {
                    pause();
                }
            }
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void log(long started, String line) {
            log.println(started + " " + System.currentTimeMillis() + " " + line);
        }

        static void pause() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    static long number(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return Long.parseLong(matcher.group(1));
    }

    record Ack(long started, long ended, boolean ok, String kind, long id, int version, String name) {
    }

    static int check(Map<String, String> options) throws Exception {
        List<Ack> log = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(options.get("log")), StandardCharsets.UTF_8)) {
            String[] f = line.split(" ", 7);
            boolean ok = f[2].equals("OK");
            log.add(ok ? new Ack(Long.parseLong(f[0]), Long.parseLong(f[1]), true, f[3], Long.parseLong(f[4]),
                    Integer.parseInt(f[5]), f[6]) : new Ack(Long.parseLong(f[0]), Long.parseLong(f[1]), false, f[3], 0, 0,
                    null));
        }
        Map<Long, Ack> lastAck = new HashMap<>();
        for (Ack ack : log) {
            if (ack.ok()) {
                lastAck.merge(ack.id(), ack, (a, b) -> b.version() >= a.version() ? b : a);
            }
        }
        int lost = 0;
        try (Connection db = connect(options);
                PreparedStatement read = db.prepareStatement("select version, name from member where id = ?")) {
            for (Ack ack : lastAck.values()) {
                read.setLong(1, ack.id());
                try (ResultSet row = read.executeQuery()) {
                    boolean kept = row.next() && (row.getInt(1) > ack.version()
                            || row.getInt(1) == ack.version() && row.getString(2).equals(ack.name()));
                    if (!kept) {
                        lost++;
                        System.out.println("LOST " + ack);
                    }
                }
            }
        }
        long acknowledged = log.stream().filter(Ack::ok).count();
        long registered = log.stream().filter(a -> a.ok() && a.kind().equals("C")).count();
        Map<String, Long> failures = new java.util.TreeMap<>();
        log.stream().filter(a -> !a.ok()).forEach(a -> failures.merge(a.kind(), 1L, Long::sum));
        System.out.printf("acknowledged writes: %d (%d registrations, %d edits), failed answers: %s, "
                + "members checked: %d, lost: %d%n", acknowledged, registered, acknowledged - registered,
                failures, lastAck.size(), lost);
        for (String fault : options.getOrDefault("faults", "").split(",")) {
            if (!fault.isBlank()) {
                String[] window = fault.split("=")[1].split("\\.\\.");
                recovery(fault.split("=")[0], Long.parseLong(window[0]),
                        window.length > 1 ? Long.parseLong(window[1]) : Long.MAX_VALUE, log);
            }
        }
        if (options.containsKey("sigterm")) {
            long at = Long.parseLong(options.get("sigterm"));
            System.out.printf("SIGTERM: %d requests in flight, %d of them failed%n",
                    log.stream().filter(a -> a.started() < at && a.ended() >= at).count(),
                    log.stream().filter(a -> a.started() < at && a.ended() >= at && !a.ok()).count());
        }
        return lost;
    }

    /**
     * From the fault to the first acknowledged write that began after the writes started failing; failures after
     * {@code until} (the next fault) are not this fault's.
     */
    static void recovery(String name, long at, long until, List<Ack> log) {
        long failing = log.stream().filter(a -> !a.ok() && a.ended() >= at && a.started() < until)
                .mapToLong(Ack::ended).min().orElse(-1);
        if (failing < 0) {
            System.out.printf("%s: no write failed%n", name);
            return;
        }
        long served = log.stream().filter(a -> a.ok() && a.started() > failing).mapToLong(Ack::ended).min()
                .orElse(-1);
        long failed = log.stream().filter(a -> !a.ok() && a.ended() >= at && (served < 0 || a.ended() <= served))
                .count();
        System.out.printf("%s: writes failing from +%d ms, served again at +%s ms, %d failed answers%n", name,
                failing - at, served < 0 ? "never" : String.valueOf(served - at), failed);
    }

    static Connection connect(Map<String, String> options) throws Exception {
        return DriverManager.getConnection(options.get("db-url"), options.getOrDefault("db-user", "postgres"),
                options.getOrDefault("db-password", ""));
    }
}
