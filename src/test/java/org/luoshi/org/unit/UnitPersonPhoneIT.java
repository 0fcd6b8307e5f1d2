package org.luoshi.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.security.Role;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Leaders' and contacts' phone numbers are personal data: sealed at rest, masked on screen and in the audit log. */
@IntegrationTest
class UnitPersonPhoneIT extends UnitTestSupport {

    static final String PHONE = "13912345678";
    static final String MASKED = "139****5678";

    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    DataSource dataSource;
    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void aContactsPhoneIsSealedInTheDatabaseAndMaskedOnScreenInTheApiAndInTheAuditLog() throws Exception {
        Provinces p = provinces();
        long person = addContact(p);

        byte[] stored = jdbc.sql("select phone_enc from unit_person where id = ?").param(person)
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(PHONE).doesNotContain("5678");
        assertThat(cipher.decrypt(stored)).isEqualTo(PHONE);
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'unit_person' "
                + "and column_name = 'phone'").query(Long.class).single()).as("no plain copy").isZero();

        mvc.perform(get("/org/units/{id}", p.countyA()).with(fixtures.as(p.adminA())))
                .andExpect(content().string(containsString(MASKED)))
                .andExpect(content().string(not(containsString(PHONE))));
        mvc.perform(get("/api/v1/units/{id}/persons", p.countyA()).with(fixtures.as(p.adminA())))
                .andExpect(jsonPath("$[0].phone").value(MASKED));
        mvc.perform(get("/org/units/{id}/persons/{pid}/edit", p.countyA(), person).with(fixtures.as(p.adminA())))
                .andExpect(content().string(containsString("value=\"" + MASKED + "\"")))
                .andExpect(content().string(not(containsString(PHONE))));

        // saved back with the masked number unchanged: the number stays
        mvc.perform(put("/api/v1/units/{id}/persons/{pid}", p.countyA(), person).with(fixtures.as(p.adminA()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CONTACT\",\"name\":\"王联络员\",\"phone\":\"" + MASKED
                                + "\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value(MASKED));
        assertThat(cipher.decrypt(jdbc.sql("select phone_enc from unit_person where id = ?").param(person)
                .query(byte[].class).single())).isEqualTo(PHONE);

        assertThat(jdbc.sql("""
                select count(*) from audit_event where entity_type = 'unit_person' and entity_id = ?
                   and (coalesce(before_state::text, '') like ? or coalesce(after_state::text, '') like ?)""")
                .param(String.valueOf(person)).param("%" + PHONE + "%").param("%" + PHONE + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select after_state ->> 'phone' from audit_event where action = 'UNIT_PERSON_ADD' "
                + "and entity_id = ?").param(String.valueOf(person)).query(String.class).single()).isEqualTo(MASKED);
    }

    @Test
    void anAdministratorRevealsOneContactsNumberOnceAudited() throws Exception {
        Provinces p = provinces();
        long person = addContact(p);

        mvc.perform(get("/org/units/{id}", p.countyA()).with(fixtures.as(p.adminA())))
                .andExpect(content().string(containsString("/persons/" + person + "/reveal")));
        mvc.perform(post("/org/units/{id}/persons/{pid}/reveal", p.countyA(), person).with(fixtures.as(p.adminA()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PHONE)))
                .andExpect(content().string(containsString("已记入审计日志")));
        mvc.perform(post("/api/v1/units/{id}/persons/{pid}/reveal", p.countyA(), person)
                        .with(fixtures.as(p.adminA())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value(PHONE));
        assertThat(auditCount("PERSONAL_DATA_VIEWED", person)).isEqualTo(2);
    }

    @Test
    void aLeaderSeesTheNumberMaskedAndCannotRevealIt() throws Exception {
        Provinces p = provinces();
        long person = addContact(p);
        String leader = fixtures.account("unitLeader", p.provinceA(), Role.LEADER);

        mvc.perform(get("/org/units/{id}", p.countyA()).with(fixtures.as(leader)))
                .andExpect(content().string(containsString(MASKED)))
                .andExpect(content().string(not(containsString("/reveal"))));
        mvc.perform(post("/api/v1/units/{id}/persons/{pid}/reveal", p.countyA(), person).with(fixtures.as(leader))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("不能查看完整号码")));
        mvc.perform(post("/org/units/{id}/persons/{pid}/reveal", p.countyA(), person).with(fixtures.as(leader))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("不能查看完整号码")))
                .andExpect(content().string(not(containsString(PHONE))));
        assertThat(auditCount("PERSONAL_DATA_VIEWED", person)).isZero();
    }

    @Test
    void theMigrationSealsNumbersStoredInPlainTextBeforeIt() throws Exception {
        Provinces p = provinces();
        JavaMigration sealing = javaMigrations.stream()
                .filter(m -> "81".equals(m.getVersion().getVersion())).findFirst().orElseThrow();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // the table as it was before V80-V82, inside a transaction that is rolled back
                connection.createStatement().execute("alter table unit_person add column phone varchar(40)");
                connection.createStatement().execute("insert into unit_person (unit_id, kind, name, phone) values ("
                        + p.countyA() + ", 'LEADER', '旧会长', '0571-8888 6666')");
                sealing.migrate(context(connection));
                var rows = connection.createStatement().executeQuery(
                        "select phone_enc from unit_person where unit_id = " + p.countyA());
                assertThat(rows.next()).isTrue();
                assertThat(cipher.decrypt(rows.getBytes(1))).isEqualTo("0571-8888 6666");
            } finally {
                connection.rollback();
            }
        }
    }

    private long addContact(Provinces p) throws Exception {
        mvc.perform(post("/api/v1/units/{id}/persons", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CONTACT\",\"name\":\"王联络员\",\"phone\":\"" + PHONE + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value(MASKED));
        return jdbc.sql("select id from unit_person where unit_id = ?").param(p.countyA()).query(Long.class).single();
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
