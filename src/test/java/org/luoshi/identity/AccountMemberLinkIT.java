package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** 关联会员: a unit administrator links a member account to the member of their subtree it is the login of. */
@IntegrationTest
class AccountMemberLinkIT {

    private static int sequence;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    ObjectMapper json;

    @Test
    void anAdministratorLinksAMemberAccountByTheMembersIdNumber() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("linkadm", tree.provinceA(), Role.UNIT_ADMIN);
        String idNumber = idNumber();
        long member = member(admin, tree.countyA(), idNumber);
        long account = id(fixtures.account("linkmem", tree.countyA(), Role.MEMBER));

        mvc.perform(put("/api/v1/accounts/" + account + "/member").with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("idNumber",
                        idNumber.toLowerCase()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.memberId").value(member));

        assertThat(accounts.memberOf(account)).contains(member);
        mvc.perform(get("/identity/accounts/" + account).with(fixtures.as(admin)))
                .andExpect(content().string(Matchers.containsString("已关联会员：待关联会员")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_MEMBER_LINKED' "
                + "and entity_id = ?").param(String.valueOf(account)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(delete("/api/v1/accounts/" + account + "/member").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(accounts.memberOf(account)).isEmpty();
    }

    @Test
    void anAdministratorPicksTheMemberFromTheRegistryOnTheAccountPage() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("linkadm", tree.provinceA(), Role.UNIT_ADMIN);
        long member = member(admin, tree.countyA(), idNumber());
        long account = id(fixtures.account("linkmem", tree.countyA(), Role.MEMBER));

        mvc.perform(get("/identity/accounts/" + account).param("memberName", "待关联").with(fixtures.as(admin)))
                .andExpect(content().string(Matchers.containsString("关联此会员")));
        mvc.perform(post("/identity/accounts/" + account + "/member").param("memberId", String.valueOf(member))
                .with(fixtures.as(admin)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(accounts.memberOf(account)).contains(member);
    }

    @Test
    void aMemberOutsideTheSubtreeAMemberLinkedTwiceAndAStaffAccountAreRefusedInChinese() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String adminA = fixtures.account("linkadm", tree.provinceA(), Role.UNIT_ADMIN);
        String adminB = fixtures.account("linkadm", tree.provinceB(), Role.UNIT_ADMIN);
        String elsewhere = idNumber();
        member(adminB, tree.countyB(), elsewhere);
        String here = idNumber();
        member(adminA, tree.countyA(), here);
        long account = id(fixtures.account("linkmem", tree.countyA(), Role.MEMBER));
        long second = id(fixtures.account("linkmem", tree.countyA(), Role.MEMBER));
        long staff = id(fixtures.account("linkstf", tree.countyA(), Role.EDITOR));

        link(adminA, account, elsewhere).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("身份证号")));
        link(adminA, account, here).andExpect(status().isOk());
        link(adminA, second, here).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("只能关联一个账号")));
        link(adminA, staff, here).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("会员")));
        link(adminB, account, elsewhere).andExpect(status().isNotFound());
        assertThat(accounts.memberOf(second)).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions link(String admin, long account, String idNumber)
            throws Exception {
        return mvc.perform(put("/api/v1/accounts/" + account + "/member").with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("idNumber",
                        idNumber))));
    }

    private long member(String admin, long unitId, String idNumber) throws Exception {
        String response = mvc.perform(post("/api/v1/members").with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("unitId", unitId,
                        "name", "待关联会员", "gender", "M", "birthYear", 1952, "idNumber", idNumber))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    private long id(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }

    /** A valid (made-up) ID number of a man of Hangzhou born in 1952, unique in this run. */
    private static String idNumber() {
        sequence++;
        String body = "330106" + "1952" + String.format("%02d%02d", 1 + sequence / 28 % 12, 1 + sequence % 28)
                + String.format("%02d", (int) (System.nanoTime() / 1000 % 100)) + "1";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
