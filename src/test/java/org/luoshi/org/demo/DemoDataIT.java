package org.luoshi.org.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo organisation a newcomer sees on the first start. Its own application context (demo on); the
 * database is shared with the other integration tests, so every assertion is about the demo's own codes.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
class DemoDataIT {

    static final List<String> PROVINCES = List.of("110000", "120000", "130000", "140000", "150000", "210000",
            "220000", "230000", "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000",
            "420000", "430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000",
            "610000", "620000", "630000", "640000", "650000");

    /** Members of the demo units: those with a region code and the national bodies (FH01, ZW01, QY01, TT01…). */
    static final String DEMO_MEMBERS = """
            from member m join unit u on u.id = m.unit_id
            where (u.region_code is not null or u.code ~ '^(FH|ZW|QY|TT)[0-9]{2}$')
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    ApplicationContext context;

    @Test
    void the31ProvincialAssociationsHangUnderTheRootWithTheirRegionCodes() {
        List<Map<String, Object>> provinces = jdbc.sql("""
                select u.code, u.region_code, u.type, u.name, u.path, r.path as root_path
                from unit u join unit r on r.id = u.parent_id
                where u.code in (:codes)
                """).param("codes", PROVINCES).query().listOfRows();

        assertThat(provinces).hasSize(31).allSatisfy(province -> {
            assertThat(province.get("region_code")).isEqualTo(province.get("code"));
            assertThat(province.get("type")).isEqualTo("PROVINCIAL");
            assertThat(province.get("root_path")).isEqualTo("/" + rootId() + "/");
            assertThat((String) province.get("name")).endsWith("老科学技术工作者协会");
        });
        assertThat(name("330000")).isEqualTo("浙江省老科学技术工作者协会");
    }

    @Test
    void prefecturesAndCountiesSitUnderTheirProvinceWithTheirRealCodes() {
        assertChild("330000", "330100", "PREFECTURE", "杭州市老科协");
        assertChild("330100", "330106", "COUNTY", "西湖区老科协");
        assertChild("510000", "510100", "PREFECTURE", "成都市老科协");
        assertChild("510100", "510107", "COUNTY", "武侯区老科协");
        assertChild("320000", "320100", "PREFECTURE", "南京市老科协");
        assertChild("320100", "320102", "COUNTY", "玄武区老科协");
        assertChild("330000", "331100", "PREFECTURE", "丽水市老科协");
        assertChild("510000", "513400", "PREFECTURE", "凉山州老科协");

        Long misplaced = jdbc.sql("""
                select count(*) from unit c
                join unit p on p.code = case c.type when 'COUNTY' then substr(c.code, 1, 4) || '00'
                                                    else substr(c.code, 1, 2) || '0000' end
                where c.type in ('PREFECTURE', 'COUNTY') and c.region_code is not null
                  and (c.parent_id <> p.id or c.path <> p.path || c.id || '/' or c.depth <> p.depth + 1)
                """).query(Long.class).single();
        assertThat(misplaced).isZero();
        assertThat(count("select count(*) from unit where region_code like '33%' and type = 'PREFECTURE'"))
                .isEqualTo(11);
        assertThat(count("select count(*) from unit where region_code like '51%' and type = 'PREFECTURE'"))
                .isEqualTo(21);
        assertThat(count("select count(*) from unit where region_code is not null or code ~ '^(FH|ZW|QY|TT)'"))
                .isBetween(250L, 500L);
    }

    @Test
    void nationalBodiesHaveNoRegionAndProvincesHaveLeadersAndContacts() {
        assertThat(count("select count(*) from unit where code ~ '^FH[0-9]{2}$' and type = 'BRANCH' "
                + "and region_code is null and parent_id = " + rootId())).isGreaterThanOrEqualTo(10);
        assertThat(count("select count(*) from unit where code ~ '^ZW[0-9]{2}$' and type = 'COMMITTEE'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from unit where code ~ '^QY[0-9]{2}$' and type = 'ENTERPRISE'"))
                .isGreaterThanOrEqualTo(3);

        List<String> zhejiang = jdbc.sql("""
                select p.position from unit_person p join unit u on u.id = p.unit_id
                where u.code = '330000' order by p.sort_order
                """).query(String.class).list();
        assertThat(zhejiang).containsSubsequence("会长", "副会长", "秘书长", "联络员");
        List<String> unitsWithAMobileContact = jdbc.sql("""
                select u.code, p.phone_enc from unit_person p join unit u on u.id = p.unit_id
                where u.code in ('110000', '510000', '330100', 'FH01') and p.kind = 'CONTACT'
                """).query((rs, i) -> cipher.decrypt(rs.getBytes(2)).matches("1[3-9][0-9]{9}") ? rs.getString(1) : "")
                .list();
        assertThat(unitsWithAMobileContact).as("contacts' phones are sealed, and open to mobile numbers")
                .contains("110000", "510000", "330100", "FH01").doesNotContain("");
    }

    @Test
    void thousandsOfMembersAgedSixtyToNinetyWithPlausibleDetails() {
        assertThat(count("select count(*) " + DEMO_MEMBERS)).isGreaterThanOrEqualTo(2500);
        int year = LocalDate.now().getYear();
        List<Map<String, Object>> outliers = jdbc.sql("select m.name, m.birth_year " + DEMO_MEMBERS
                + " and (m.birth_year < :oldest or m.birth_year > :youngest"
                + " or m.field is null or m.title is null or m.former_employer is null"
                + " or m.political_status is null or m.joined_on > current_date or m.unit_path <> u.path)")
                .param("oldest", year - 90).param("youngest", year - 60).query().listOfRows();
        assertThat(outliers).isEmpty();
        assertThat(jdbc.sql("select m.name " + DEMO_MEMBERS).query(String.class).list())
                .allSatisfy(name -> assertThat(name).matches("\\p{IsHan}{2,4}"));
        assertThat(count("select count(*) " + DEMO_MEMBERS + " and u.code like '33%'"))
                .as("the detailed provinces have more members than the others")
                .isGreaterThan(count("select count(*) " + DEMO_MEMBERS + " and u.code like '11%'") * 5);
    }

    @Test
    void everyMemberHasAValidIdNumberAndMobileEncryptedAtRest() {
        List<Map<String, Object>> members = jdbc.sql("select m.birth_year, m.gender, u.region_code, "
                + "m.id_number_enc, m.id_number_hash, m.phone_enc, m.phone_hash " + DEMO_MEMBERS)
                .query().listOfRows();

        assertThat(members).hasSizeGreaterThanOrEqualTo(2500).allSatisfy(member -> {
            String idNumber = cipher.decrypt((byte[]) member.get("id_number_enc"));
            assertValidIdNumber(idNumber);
            assertThat(LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE).getYear())
                    .isEqualTo(((Number) member.get("birth_year")).intValue());
            assertThat((idNumber.charAt(16) - '0') % 2 == 1 ? "M" : "F").isEqualTo(member.get("gender"));
            String region = (String) member.get("region_code");
            if (region != null) {
                assertThat(idNumber.substring(0, 2)).isEqualTo(region.substring(0, 2));
            }
            assertThat((byte[]) member.get("id_number_hash")).isEqualTo(cipher.lookupHash(idNumber));
            String phone = cipher.decrypt((byte[]) member.get("phone_enc"));
            assertThat(phone).matches("1[3-9][0-9]{9}");
            assertThat((byte[]) member.get("phone_hash")).isEqualTo(cipher.lookupHash(phone));
        });
    }

    @Test
    void loadingAgainAddsNothing() throws Exception {
        long units = count("select count(*) from unit where region_code is not null");
        long members = count("select count(*) " + DEMO_MEMBERS);

        context.getBean("demoDataLoader", ApplicationRunner.class).run(null);

        assertThat(count("select count(*) from unit where region_code is not null")).isEqualTo(units);
        assertThat(count("select count(*) " + DEMO_MEMBERS)).isEqualTo(members);
        assertThat(count("select count(*) from app_setting where name = 'demo.org.loaded'")).isEqualTo(1);
    }

    /** GB 11643: 17 digits, then the ISO 7064 MOD 11-2 check character; the birth date must exist. */
    static void assertValidIdNumber(String idNumber) {
        assertThat(idNumber).matches("[1-8][0-9]{16}[0-9X]");
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * weights[i];
        }
        assertThat(idNumber.charAt(17)).as("check character of %s", idNumber).isEqualTo("10X98765432".charAt(sum % 11));
        assertThat(LocalDate.parse(idNumber.substring(6, 14),
                DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT))).isNotNull();
    }

    private void assertChild(String parentCode, String code, String type, String shortName) {
        Map<String, Object> unit = jdbc.sql("""
                select u.type, u.short_name, u.region_code, u.path, p.code as parent_code, p.path as parent_path, u.id
                from unit u join unit p on p.id = u.parent_id where u.code = ?
                """).param(code).query().singleRow();
        assertThat(unit.get("parent_code")).isEqualTo(parentCode);
        assertThat(unit.get("type")).isEqualTo(type);
        assertThat(unit.get("short_name")).isEqualTo(shortName);
        assertThat(unit.get("region_code")).isEqualTo(code);
        assertThat(unit.get("path")).isEqualTo(unit.get("parent_path") + unit.get("id").toString() + "/");
    }

    private String name(String code) {
        return jdbc.sql("select name from unit where code = ?").param(code).query(String.class).single();
    }

    private long rootId() {
        return jdbc.sql("select id from unit where parent_id is null order by id limit 1").query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
