// Publicity at national scale (issue 12): the text pool bench/publicity-generate.sql multiplies. Run with the app's
// classpath (bench/classpath.sh):
//   java -cp "target/classes:$(cat target/classpath.txt)" bench/PublicityBench.java migrate [jdbc-url] [user]
//   java -cp "target/classes:$(cat target/classpath.txt)" bench/PublicityBench.java pool    [jdbc-url] [user] [texts]
// pool: composes `texts` (default 600) distinct submissions from the demo's own texts (demo/publicity.properties:
// titles and paragraphs of every kind), with the places of demo/regions.tsv put in, each body seven to fourteen
// paragraphs (400–900 characters) drawn from all kinds, and segments each ONCE here with the app's ChineseText (smartcn), exactly as the
// app writes its search columns: ChineseText.tsvector(title, RichText.plain(bodyHtml)). The result goes to the
// table bench_publicity_text (n, kind, title, summary, body_html, search), which the SQL then multiplies over
// units, levels and dates with generate_series. 600 texts × 200,000 articles: each text appears ~330 times, as
// recurring topics do in a real corpus; the query words (老科协, 创新, 二十大, 宣讲, 典型, 乡村振兴 …) occur with
// the frequencies of the demo's writing.
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.luoshi.shared.search.ChineseText;
import org.luoshi.shared.text.RichText;

public class PublicityBench {

    static final String[] KINDS = {"NEWS", "PRACTICE", "CASE", "EXEMPLAR", "ARTICLE", "REFLECTION"};

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "pool";
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/luoshi_publicity_bench";
        String user = args.length > 2 ? args[2] : "postgres";
        if (mode.equals("migrate")) {
            org.flywaydb.core.Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                    // a kept bench database may have been migrated by an earlier commit, before a part's lower-
                    // numbered migration merged: apply that one too, here only (the app, finding it applied, then
                    // starts; out of order there it would also try the Java migrations the bench ignores)
                    .ignoreMigrationPatterns("*:ignored").outOfOrder(true).load().migrate();
        } else {
            pool(url, user, args.length > 3 ? Integer.parseInt(args[3]) : 600);
        }
    }

    record Text(String kind, String title, List<String> paragraphs) {
    }

    static void pool(String url, String user, int count) throws Exception {
        Properties demo = new Properties();
        try (InputStream in = PublicityBench.class.getResourceAsStream("/demo/publicity.properties")) {
            demo.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<Text> texts = new ArrayList<>();
        for (String kind : KINDS) {
            for (int n = 1; demo.containsKey(kind + "." + n + ".title"); n++) {
                texts.add(new Text(kind, demo.getProperty(kind + "." + n + ".title"),
                        List.of(demo.getProperty(kind + "." + n + ".body").split("\n"))));
            }
        }
        List<String[]> places = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/demo/regions.tsv"))) {
            String[] cols = line.split("\t");
            if (!line.startsWith("#") && cols.length >= 5) {
                places.add(new String[] {cols[2], cols[4]});
            }
        }
        Random random = new Random(12);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            try (Statement s = db.createStatement()) {
                s.execute("drop table if exists bench_publicity_text");
                s.execute("""
                        create table bench_publicity_text (n int primary key, kind varchar(20) not null,
                            title varchar(200) not null, summary varchar(500) not null, body_html text not null,
                            search tsvector not null)""");
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into bench_publicity_text values (?, ?, ?, ?, ?, ?::tsvector)")) {
                for (int n = 0; n < count; n++) {
                    Text lead = texts.get(n % texts.size());
                    String[] place = places.get(random.nextInt(places.size()));
                    StringBuilder html = new StringBuilder();
                    List<String> paragraphs = new ArrayList<>(lead.paragraphs());
                    int more = 4 + random.nextInt(8);
                    for (int m = 0; m < more; m++) {
                        List<String> other = texts.get(random.nextInt(texts.size())).paragraphs();
                        paragraphs.add(1 + random.nextInt(paragraphs.size()), other.get(random.nextInt(other.size())));
                    }
                    for (String p : paragraphs) {
                        html.append("<p>").append(fill(p, place)).append("</p>");
                    }
                    String title = fill(lead.title(), place);
                    String body = RichText.sanitise(html.toString());
                    String plain = RichText.plain(body);
                    insert.setInt(1, n);
                    insert.setString(2, lead.kind());
                    insert.setString(3, title);
                    insert.setString(4, plain.length() > 120 ? plain.substring(0, 120) : plain);
                    insert.setString(5, body);
                    insert.setString(6, ChineseText.tsvector(title, plain));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        }
        System.out.printf("pool: %d texts from %d demo texts and %d places, segmented in %.1f s%n", count,
                texts.size(), places.size(), (System.nanoTime() - started) / 1e9);
    }

    static String fill(String text, String[] place) {
        return text.replace("{unit}", place[1]).replace("{place}", place[0]);
    }
}
