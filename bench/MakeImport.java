import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a members import file with the published template's headers and only valid rows, for units inside one
 * province of the benchmark database (bench/Generate.java). ID numbers use the sequences 900–999, which the
 * generator leaves free, so no row duplicates a registered member.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) bench/MakeImport.java --rows 100000 --province 330000
 *      --out bench/out/import-100k.xlsx [--db-url jdbc:postgresql://127.0.0.1:5432/luoshi_bench] [--db-user postgres]
 * </pre>
 */
public class MakeImport {

    static final String[] HEADERS = {"姓名", "性别", "出生年份", "手机号", "身份证号", "所属单位编码", "专业领域", "职称",
        "原工作单位", "政治面貌", "入会日期"};
    static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            .split("");
    static final String[] MEN = "国建华明伟军平志文永德成林海忠强庆福春学光荣正祥胜和兴东洪山立新金宝俊振家".split("");
    static final String[] WOMEN = "秀英华兰珍芳玉梅丽桂凤琴霞云莲芬淑慧敏静洁燕萍红艳琳娟".split("");
    static final String[][] FIELDS = {{"农学", "高级农艺师", "农业技术推广中心"}, {"临床医学", "主任医师", "人民医院"},
        {"机械工程", "高级工程师", "机械厂"}, {"化学", "研究员", "化工研究院"}, {"教育学", "高级教师", "第一中学"},
        {"土木工程", "正高级工程师", "建筑设计院"}, {"中医学", "主任中医师", "中医医院"}};
    static final String[] POLITICS = {"中共党员", "中共党员", "中共党员", "群众", "九三学社社员", "中国民主同盟盟员"};
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    record Target(String code, String region, String place) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int rows = Integer.parseInt(options.getOrDefault("rows", "100000"));
        Path out = Path.of(options.getOrDefault("out", "bench/out/import-100k.xlsx"));
        List<Target> targets = targets(options, options.getOrDefault("province", "330000"));
        Random random = new Random(Long.parseLong(options.getOrDefault("seed", "7")));
        Set<String> issued = new HashSet<>();
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            Workbook workbook = new Workbook(stream, "Luoshi bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("会员");
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.value(0, c, HEADERS[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Target target = targets.get(random.nextInt(targets.size()));
                boolean male = random.nextDouble() < 0.68;
                int birthYear = year - 60 - random.nextInt(31);
                LocalDate birth = LocalDate.ofYearDay(birthYear, 1 + random.nextInt(Year.of(birthYear).length()));
                String[] field = FIELDS[random.nextInt(FIELDS.length)];
                String[] given = male ? MEN : WOMEN;
                sheet.value(r, 0, SURNAMES[random.nextInt(SURNAMES.length)] + given[random.nextInt(given.length)]
                        + given[random.nextInt(given.length)]);
                sheet.value(r, 1, male ? "男" : "女");
                sheet.value(r, 2, birthYear);
                sheet.value(r, 3, "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
                sheet.value(r, 4, idNumber(target.region(), birth, male, random, issued));
                sheet.value(r, 5, target.code());
                sheet.value(r, 6, field[0]);
                sheet.value(r, 7, field[1]);
                sheet.value(r, 8, target.place() + field[2]);
                sheet.value(r, 9, POLITICS[random.nextInt(POLITICS.length)]);
                LocalDate joined = LocalDate.of(Math.max(birthYear + 56, 1995), 1, 1).plusDays(random.nextInt(3000));
                // a join date after today is rejected by the import: keep every row valid
                sheet.value(r, 10, (joined.isAfter(today) ? today.minusDays(random.nextInt(365)) : joined)
                        .format(DateTimeFormatter.ISO_LOCAL_DATE));
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            sheet.finish();
            workbook.finish();
        }
        System.out.printf("%s: %,d rows for %d units, %,d bytes%n", out, rows, targets.size(), Files.size(out));
    }

    /** Units with a region code inside the province's subtree: the province, its prefectures and counties. */
    static List<Target> targets(Map<String, String> options, String province) throws Exception {
        List<Target> targets = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(
                options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/luoshi_bench"),
                options.getOrDefault("db-user", "postgres"), options.getOrDefault("db-password", ""));
                PreparedStatement statement = db.prepareStatement("""
                        select u.code, u.region_code, u.short_name from unit u
                        join unit p on p.code = ? and u.path like p.path || '%'
                        where u.region_code is not null order by u.id""")) {
            statement.setString(1, province);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    targets.add(new Target(rs.getString(1), rs.getString(2), rs.getString(3).replace("老科协", "")));
                }
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException("no units under " + province + ": run bench/generate.sh first");
        }
        return targets;
    }

    static String idNumber(String region, LocalDate birth, boolean male, Random random, Set<String> issued) {
        while (true) {
            int sequence = 900 + random.nextInt(100);
            if ((sequence % 2 == 1) != male) {
                sequence = sequence == 999 ? 998 : sequence + 1;
            }
            String body = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * WEIGHTS[i];
            }
            String id = body + "10X98765432".charAt(sum % 11);
            if (issued.add(id)) {
                return id;
            }
        }
    }
}
