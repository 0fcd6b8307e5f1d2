import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.luoshi.shared.crypto.CryptoProperties;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Builds a national-scale Luoshi dataset straight into PostgreSQL with COPY: about 5,000 units in a realistic
 * tree (root, the 31 provinces, ~340 prefectures, ~2,900 counties, enterprise associations and group member
 * units, national branches and committees) and 2,000,000 members whose phone and ID numbers are encrypted and
 * hashed by the app's own PersonalDataCipher, so the app started with the same LUOSHI_CRYPTO_KEY reads them.
 *
 * <p>Run with the app's classpath (see bench/generate.sh). It migrates the schema with Flyway, EMPTIES the
 * organisation, member and account tables of the target database, loads, rebuilds the member indexes and
 * runs VACUUM ANALYZE. It also creates the accounts the load client logs in with: bench.admin (system
 * administrator at the root) and bench.p&lt;province code&gt; (unit administrator of each province).
 */
public class Generate {

    static final String FULL = "老科学技术工作者协会";
    static final String SHORT = "老科协";
    static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE",
        "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "WITHDRAWN",
        "SUSPENDED", "DECEASED"};
    static final int[] MOBILE_PREFIXES = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 155, 156, 157,
        158, 159, 177, 180, 181, 182, 183, 185, 186, 187, 188, 189, 199};
    /** ID sequences 900–999 are left free for bench/MakeImport.java, so an import never hits a duplicate. */
    static final int ID_SEQUENCES = 899;
    static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    record Options(String url, String user, String password, int members, long seed, String key, String algorithm,
            int threads, String accountPassword) {

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            String key = given.getOrDefault("crypto-key", System.getenv("LUOSHI_CRYPTO_KEY"));
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("--crypto-key (or LUOSHI_CRYPTO_KEY) is required: the app must be "
                        + "started with the same key to read the members' phone and ID numbers");
            }
            return new Options(given.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/luoshi_bench"),
                    given.getOrDefault("user", "postgres"), given.getOrDefault("password", ""),
                    Integer.parseInt(given.getOrDefault("members", "2000000")),
                    Long.parseLong(given.getOrDefault("seed", "42")), key,
                    given.getOrDefault("crypto-algorithm", envOr("LUOSHI_CRYPTO_ALGORITHM", "AES")),
                    Integer.parseInt(given.getOrDefault("threads",
                            String.valueOf(Runtime.getRuntime().availableProcessors()))),
                    given.getOrDefault("account-password", "Bench-Password-2026"));
        }
    }

    /** A unit of the generated tree; {@code weight} is its share of the members. */
    record Unit(long id, String code, String name, String shortName, String type, long parentId, String path,
            int depth, String regionCode, int sortOrder, String province, String place, double weight) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long started = System.nanoTime();
        createDatabaseIfMissing(options);
        Flyway.configure().dataSource(options.url(), options.user(), options.password())
                .locations("classpath:db/migration").load().migrate();
        lap("schema migrated", started);

        Vocabulary vocabulary = Vocabulary.load();
        List<Unit> units = new TreeBuilder(new Random(options.seed())).build();
        try (Connection connection = connect(options)) {
            execute(connection, "truncate unit, unit_person, member, account, account_role, api_token, audit_event, "
                    + "spring_session, app_setting restart identity cascade");
            long phase = System.nanoTime();
            copyUnits(connection, units);
            createAccounts(connection, units, options.accountPassword());
            // the demo data is not wanted on a benchmark database
            execute(connection, "insert into app_setting (name, value) values ('demo.org.loaded', 'bench')");
            lap(units.size() + " units and their accounts", phase);

            phase = System.nanoTime();
            List<String> indexes = dropMemberIndexes(connection);
            copyMembers(options, units, vocabulary);
            lap(options.members() + " members copied", phase);

            phase = System.nanoTime();
            for (String index : indexes) {
                execute(connection, index);
            }
            lap(indexes.size() + " member indexes rebuilt", phase);

            phase = System.nanoTime();
            connection.setAutoCommit(true);
            execute(connection, "vacuum analyze unit");
            execute(connection, "vacuum analyze member");
            execute(connection, "analyze");
            lap("vacuum analyze", phase);
        }
        lap("total", started);
    }

    // ---------------------------------------------------------------- the tree

    /** Real province names and codes from the app's demo/regions.tsv; prefectures and counties there when listed. */
    static final class TreeBuilder {

        private final Random random;
        private final List<Unit> units = new ArrayList<>();
        private final Map<String, List<String[]>> regionsByParent = new LinkedHashMap<>();
        private long nextId = 1;
        private int order;

        TreeBuilder(Random random) {
            this.random = random;
            for (String[] row : tsv("demo/regions.tsv")) {
                String code = row[0];
                String parent = switch (row[1]) {
                    case "PROVINCIAL" -> "100000";
                    case "PREFECTURE" -> code.substring(0, 2) + "0000";
                    default -> code.substring(0, 4) + "00";
                };
                regionsByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(row);
            }
        }

        List<Unit> build() {
            Unit root = add("100000", "中国" + FULL, "中国" + SHORT, "NATIONAL", null, null, null, null, 0);
            for (String[] province : regionsByParent.get("100000")) {
                // provinces differ in size roughly as their populations do
                double size = 0.3 + random.nextDouble() * 1.7;
                Unit unit = add(province[0], province[3], province[4], "PROVINCIAL", root, province[0], province[2],
                        province[2], 300 * size);
                prefectures(unit, size);
                institutions(unit, 15 + random.nextInt(11), "QY", "ENTERPRISE", "企事业单位", size);
                institutions(unit, 5 + random.nextInt(11), "TT", "GROUP_MEMBER", "团体会员单位", size);
            }
            institutions(root, 20, "FH", "BRANCH", "分会", 1.5);
            institutions(root, 8, "ZW", "COMMITTEE", "专门委员会", 0.5);
            institutions(root, 40, "QY", "ENTERPRISE", "企事业单位", 1);
            institutions(root, 30, "TT", "GROUP_MEMBER", "团体会员单位", 1);
            return units;
        }

        private void prefectures(Unit province, double size) {
            List<String[]> real = regionsByParent.get(province.code());
            if (real != null) {
                for (String[] row : real) {
                    Unit prefecture = add(row[0], row[3], row[4], "PREFECTURE", province, row[0], province.place(),
                            row[2], 150 * size);
                    counties(prefecture, size);
                }
                return;
            }
            int count = 8 + random.nextInt(7);
            for (int i = 1; i <= count; i++) {
                String code = province.code().substring(0, 2) + String.format("%02d", i) + "00";
                String place = province.place() + "第" + i + "市";
                Unit prefecture = add(code, place + FULL, place + SHORT, "PREFECTURE", province, code,
                        province.place(), place, 150 * size);
                counties(prefecture, size);
            }
        }

        private void counties(Unit prefecture, double size) {
            List<String[]> real = regionsByParent.get(prefecture.code());
            if (real != null) {
                for (String[] row : real) {
                    add(row[0], row[3], row[4], "COUNTY", prefecture, row[0], prefecture.province(), row[2], 80 * size);
                }
            } else {
                int count = 5 + random.nextInt(8);
                for (int i = 1; i <= count; i++) {
                    String code = prefecture.code().substring(0, 4) + String.format("%02d", i);
                    String place = prefecture.place() + "第" + i + "县";
                    add(code, place + FULL, "第" + i + "县" + SHORT, "COUNTY", prefecture, code, prefecture.province(),
                            place, 80 * size);
                }
            }
            institutions(prefecture, random.nextInt(6), "QY", "ENTERPRISE", "企事业单位", size);
        }

        private void institutions(Unit parent, int count, String prefix, String type, String kind, double size) {
            double weight = switch (type) {
                case "BRANCH" -> 400;
                case "COMMITTEE" -> 50;
                case "ENTERPRISE" -> 60;
                default -> 30;
            };
            for (int i = 1; i <= count; i++) {
                String code = prefix + parent.code() + String.format("%03d", i);
                String place = parent.place() == null ? "" : parent.place();
                String name = place + kind + i + FULL;
                add(code, name, place + kind + i + SHORT, type, parent, null, parent.province(), parent.place(),
                        weight * size);
            }
        }

        private Unit add(String code, String name, String shortName, String type, Unit parent, String region,
                String province, String place, double weight) {
            long id = nextId++;
            String path = (parent == null ? "/" : parent.path()) + id + "/";
            Unit unit = new Unit(id, code, name, shortName, type, parent == null ? 0 : parent.id(), path,
                    parent == null ? 0 : parent.depth() + 1, region, order++, province, place, weight);
            units.add(unit);
            return unit;
        }
    }

    static void copyUnits(Connection connection, List<Unit> units) throws SQLException {
        StringBuilder rows = new StringBuilder();
        for (Unit unit : units) {
            row(rows, unit.id(), unit.code(), unit.name(), unit.shortName(), unit.type(),
                    unit.parentId() == 0 ? null : unit.parentId(), unit.path(), unit.depth(), unit.regionCode(),
                    unit.sortOrder());
        }
        copy(connection, "copy unit (id, code, name, short_name, type, parent_id, path, depth, region_code, "
                + "sort_order) from stdin", rows.toString().getBytes(StandardCharsets.UTF_8));
        execute(connection, "select setval(pg_get_serial_sequence('unit', 'id'), (select max(id) from unit))");
    }

    static void createAccounts(Connection connection, List<Unit> units, String password) throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        StringBuilder accounts = new StringBuilder();
        StringBuilder roles = new StringBuilder();
        long id = 1;
        for (Unit unit : units) {
            if (unit.depth() == 0 || "PROVINCIAL".equals(unit.type())) {
                String username = unit.depth() == 0 ? "bench.admin" : "bench.p" + unit.code();
                row(accounts, id, username, unit.shortName(), hash, unit.id(), unit.path());
                row(roles, id, unit.depth() == 0 ? "SYSTEM_ADMIN" : "UNIT_ADMIN");
                id++;
            }
        }
        copy(connection, "copy account (id, username, display_name, password_hash, unit_id, unit_path) from stdin",
                accounts.toString().getBytes(StandardCharsets.UTF_8));
        copy(connection, "copy account_role (account_id, role) from stdin",
                roles.toString().getBytes(StandardCharsets.UTF_8));
        execute(connection, "select setval(pg_get_serial_sequence('account', 'id'), (select max(id) from account))");
    }

    // ---------------------------------------------------------------- members

    /** Index definitions are read back from the catalogue, dropped for the load and rebuilt afterwards. */
    static List<String> dropMemberIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select indexname, indexdef from pg_indexes "
                        + "where schemaname = current_schema() and tablename = 'member' "
                        + "and indexname <> 'member_pkey'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        for (String name : names) {
            execute(connection, "drop index " + name);
        }
        return definitions;
    }

    static void copyMembers(Options options, List<Unit> units, Vocabulary vocabulary) throws Exception {
        Weighted<Unit> enrolling = new Weighted<>();
        units.stream().filter(unit -> unit.depth() > 0).forEach(unit -> enrolling.add(unit, unit.weight()));
        Map<String, String> provinceCodes = new HashMap<>();
        units.stream().filter(unit -> "PROVINCIAL".equals(unit.type()))
                .forEach(unit -> provinceCodes.put(unit.place(), unit.code()));
        List<String> allProvinces = List.copyOf(provinceCodes.keySet());
        PersonalDataCipher cipher = new PersonalDataCipher(new CryptoProperties(options.key(), null,
                options.algorithm()));
        Set<Long> idNumbers = ConcurrentHashMap.newKeySet(options.members() * 2);
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        List<Future<?>> parts = new ArrayList<>();
        int per = (options.members() + options.threads() - 1) / options.threads();
        for (int t = 0; t < options.threads(); t++) {
            int count = Math.min(per, options.members() - t * per);
            long seed = options.seed() * 1000 + t;
            parts.add(pool.submit(() -> {
                MemberWriter writer = new MemberWriter(new Random(seed), vocabulary, cipher, enrolling, provinceCodes,
                        allProvinces, idNumbers);
                try (Connection connection = connect(options)) {
                    writer.copy(connection, count, done);
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> part : parts) {
            part.get();
        }
    }

    /** One thread's share of the members, sent through its own COPY. */
    static final class MemberWriter {

        private static final int FLUSH_BYTES = 4 << 20;
        private final Random random;
        private final Vocabulary vocabulary;
        private final PersonalDataCipher cipher;
        private final Weighted<Unit> units;
        private final Map<String, String> provinceCodes;
        private final List<String> allProvinces;
        private final Set<Long> idNumbers;
        private final int year = LocalDate.now().getYear();
        private final LocalDate today = LocalDate.now();

        MemberWriter(Random random, Vocabulary vocabulary, PersonalDataCipher cipher, Weighted<Unit> units,
                Map<String, String> provinceCodes, List<String> allProvinces, Set<Long> idNumbers) {
            this.random = random;
            this.vocabulary = vocabulary;
            this.cipher = cipher;
            this.units = units;
            this.provinceCodes = provinceCodes;
            this.allProvinces = allProvinces;
            this.idNumbers = idNumbers;
        }

        void copy(Connection connection, int count, AtomicLong done) throws SQLException {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy member (unit_id, unit_path, name, gender, birth_year, phone_enc, phone_hash, id_number_enc,
                                 id_number_hash, field, title, former_employer, political_status, joined_on, status)
                    from stdin""");
            StringBuilder rows = new StringBuilder(FLUSH_BYTES / 2);
            for (int i = 0; i < count; i++) {
                member(rows);
                if (rows.length() > FLUSH_BYTES / 3) {
                    send(copy, rows);
                }
                long n = done.incrementAndGet();
                if (n % 250_000 == 0) {
                    System.out.printf("  %,d members%n", n);
                }
            }
            send(copy, rows);
            copy.endCopy();
        }

        private static void send(CopyIn copy, StringBuilder rows) throws SQLException {
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            rows.setLength(0);
        }

        private void member(StringBuilder rows) {
            Unit unit = units.pick(random);
            boolean male = random.nextDouble() < 0.68;
            int age = 60 + (int) ((random.nextDouble() + random.nextDouble()) / 2 * 31);
            int birthYear = year - age;
            LocalDate birth = LocalDate.ofYearDay(birthYear, 1 + random.nextInt(Year.of(birthYear).length()));
            // a national body has no province: its members come from one drawn at random
            String province = unit.province() != null ? unit.province()
                    : allProvinces.get(random.nextInt(allProvinces.size()));
            String region = unit.regionCode() != null ? unit.regionCode() : provinceCodes.get(province);
            String idNumber = idNumber(region, birth, male);
            String phone = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                    + String.format("%08d", random.nextInt(100_000_000));
            String[] field = vocabulary.fields.pick(random);
            String place = unit.place() == null ? province : unit.place();
            String employer = vocabulary.employers.get(field[1]).pick(random).replace("{prov}", province)
                    .replace("{local}", place);
            LocalDate earliest = LocalDate.of(Math.max(birthYear + 55, 1990), 1, 1);
            LocalDate joined = earliest.plusDays((long) (random.nextDouble() * (today.toEpochDay()
                    - earliest.toEpochDay())));
            row(rows, unit.id(), unit.path(), vocabulary.name(random, male), male ? "M" : "F", birthYear,
                    bytea(cipher.encrypt(phone)), bytea(cipher.lookupHash(phone)), bytea(cipher.encrypt(idNumber)),
                    bytea(cipher.lookupHash(idNumber)), field[0], vocabulary.titles.get(field[1]).pick(random),
                    employer, vocabulary.politics.pick(random), joined, STATUSES[random.nextInt(STATUSES.length)]);
        }

        /** GB 11643: region, birth date, sequence (odd for men), MOD 11-2 check character; unique in the run. */
        private String idNumber(String region, LocalDate birth, boolean male) {
            while (true) {
                int sequence = 1 + random.nextInt(ID_SEQUENCES);
                if ((sequence % 2 == 1) != male) {
                    sequence = sequence == ID_SEQUENCES ? sequence - 1 : sequence + 1;
                }
                String body = region + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", sequence);
                if (idNumbers.add(Long.parseLong(body))) {
                    return body + checkCharacter(body);
                }
            }
        }
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    // ---------------------------------------------------------------- vocabulary (the app's demo/people.tsv)

    static final class Vocabulary {

        final Weighted<String> surnames = new Weighted<>();
        final Map<Boolean, String> given = new HashMap<>();
        final Weighted<String[]> fields = new Weighted<>();
        final Map<String, Weighted<String>> titles = new HashMap<>();
        final Map<String, Weighted<String>> employers = new HashMap<>();
        final Weighted<String> politics = new Weighted<>();

        static Vocabulary load() {
            Vocabulary vocabulary = new Vocabulary();
            for (String[] row : tsv("demo/people.tsv")) {
                double weight = Double.parseDouble(row[2]);
                switch (row[0]) {
                    case "surname" -> vocabulary.surnames.add(row[1], weight);
                    case "given.M" -> vocabulary.given.put(true, row[1]);
                    case "given.F" -> vocabulary.given.put(false, row[1]);
                    case "field" -> vocabulary.fields.add(new String[] {row[1], row[3]}, weight);
                    case "title" -> vocabulary.titles.computeIfAbsent(row[3], g -> new Weighted<>()).add(row[1], weight);
                    case "employer" -> vocabulary.employers.computeIfAbsent(row[3], g -> new Weighted<>())
                            .add(row[1], weight);
                    case "politics" -> vocabulary.politics.add(row[1], weight);
                    default -> {
                    }
                }
            }
            return vocabulary;
        }

        String name(Random random, boolean male) {
            String characters = given.get(male);
            StringBuilder name = new StringBuilder(surnames.pick(random));
            name.append(characters.charAt(random.nextInt(characters.length())));
            if (random.nextDouble() >= 0.3) {
                name.append(characters.charAt(random.nextInt(characters.length())));
            }
            return name.toString();
        }
    }

    /** Items drawn in proportion to their weights: a binary search over the running totals. */
    static final class Weighted<T> {

        private final List<T> items = new ArrayList<>();
        private double[] totals = new double[16];

        void add(T item, double weight) {
            if (items.size() == totals.length) {
                totals = java.util.Arrays.copyOf(totals, totals.length * 2);
            }
            totals[items.size()] = (items.isEmpty() ? 0 : totals[items.size() - 1]) + weight;
            items.add(item);
        }

        T pick(Random random) {
            int index = java.util.Arrays.binarySearch(totals, 0, items.size(),
                    random.nextDouble() * totals[items.size() - 1]);
            return items.get(Math.min(index < 0 ? -index - 1 : index + 1, items.size() - 1));
        }
    }

    // ---------------------------------------------------------------- plumbing

    static List<String[]> tsv(String resource) {
        InputStream in = Generate.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath: run with target/classes");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of COPY text format: tab-separated, \N for null, bytea already escaped by {@link #bytea}. */
    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(values[i] == null ? "\\N" : values[i].toString());
        }
        out.append('\n');
    }

    static String bytea(byte[] value) {
        return "\\\\x" + HexFormat.of().formatHex(value);
    }

    static void copy(Connection connection, String sql, byte[] data) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new java.io.ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void createDatabaseIfMissing(Options options) throws SQLException {
        String url = options.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = url.substring(slash + 1, query < 0 ? url.length() : query);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + name + ": use lower-case letters, digits, _");
        }
        String server = url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
        try (Connection connection = DriverManager.getConnection(server, options.user(), options.password());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!rs.next()) {
                statement.execute("create database " + name);
                System.out.println("created database " + name);
            }
        }
    }

    static Connection connect(Options options) throws SQLException {
        Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password());
        execute(connection, "set synchronous_commit = off");
        return connection;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static void lap(String what, long since) {
        System.out.printf("%-40s %8.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }

    static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
