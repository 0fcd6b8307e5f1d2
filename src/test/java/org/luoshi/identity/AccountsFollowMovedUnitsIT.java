package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts follow their unit when the org module moves it or merges its parent away: the account lists of the
 * administrators above the new place show them, those above the old place no longer do, and the people concerned
 * log in again to act with the new scope.
 */
@IntegrationTest
class AccountsFollowMovedUnitsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMovedSubtreeTakesItsAccountsToTheNewProvince() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        long prefecture = fixtures.unit(tree.provinceA(), "甲省一市老科协", "PREFECTURE");
        long county = fixtures.unit(prefecture, "甲省一市一县老科协", "COUNTY");
        String mover = fixtures.account("mover", county, Role.MEMBER);
        String bystander = fixtures.account("stay", tree.countyA(), Role.MEMBER);
        String adminA = fixtures.account("adminA", tree.provinceA(), Role.UNIT_ADMIN);
        String adminB = fixtures.account("adminB", tree.provinceB(), Role.UNIT_ADMIN);
        assertThat(accountList(adminA, mover)).isEqualTo(1);
        assertThat(accountList(adminB, mover)).isZero();

        move(prefecture, tree.provinceB());

        assertThat(unitPath(mover)).isEqualTo(path(tree.provinceB()) + prefecture + "/" + county + "/");
        assertThat(unitPath(bystander)).isEqualTo(path(tree.countyA()));
        assertThat(accountList(adminB, mover)).isEqualTo(1);
        assertThat(accountList(adminA, mover)).isZero();
        mvc.perform(get("/api/v1/accounts").param("q", mover).with(fixtures.as(adminB)))
                .andExpect(jsonPath("$.items[0].unit.id").value(county))
                .andExpect(jsonPath("$.items[0].unit.path").value(unitPath(mover)));
    }

    @Test
    void theSessionsOfAccountsInTheMovedSubtreeEndOthersStay() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        long prefecture = fixtures.unit(tree.provinceA(), "甲省二市老科协", "PREFECTURE");
        long county = fixtures.unit(prefecture, "甲省二市一县老科协", "COUNTY");
        String atPrefecture = fixtures.account("moverP", prefecture, Role.UNIT_ADMIN);
        String atCounty = fixtures.account("moverC", county, Role.MEMBER);
        String bystander = fixtures.account("stay", tree.countyA(), Role.MEMBER);
        for (String username : new String[] {atPrefecture, atCounty, bystander}) {
            new LoginFlow(mvc).login(username, Fixtures.PASSWORD);
            assertThat(sessions(username)).as(username).isEqualTo(1);
        }

        move(prefecture, tree.provinceB());

        assertThat(sessions(atPrefecture)).isZero();
        assertThat(sessions(atCounty)).isZero();
        assertThat(sessions(bystander)).isEqualTo(1);
    }

    @Test
    void accountsBelowAMergedUnitFollowItsChildrenToTheSurvivor() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        long merged = fixtures.unit(tree.provinceA(), "甲省三市老科协", "PREFECTURE");
        long county = fixtures.unit(merged, "甲省三市一县老科协", "COUNTY");
        long survivor = fixtures.unit(tree.provinceA(), "甲省四市老科协", "PREFECTURE");
        String belowMerged = fixtures.account("below", county, Role.MEMBER);
        new LoginFlow(mvc).login(belowMerged, Fixtures.PASSWORD);

        mvc.perform(post("/api/v1/units/{id}/merge-into/{target}", merged, survivor)
                        .with(fixtures.as(nationalAdmin())).with(csrf()))
                .andExpect(status().isOk());

        assertThat(unitPath(belowMerged)).isEqualTo(path(survivor) + county + "/").isEqualTo(path(county));
        assertThat(sessions(belowMerged)).isZero();
    }

    private void move(long unitId, long newParentId) throws Exception {
        mvc.perform(post("/api/v1/units/{id}/move", unitId).with(fixtures.as(nationalAdmin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + newParentId + "}"))
                .andExpect(status().isOk());
    }

    private String nationalAdmin() {
        return fixtures.account("national", fixtures.root(), Role.SYSTEM_ADMIN);
    }

    /** How many accounts named {@code username} the administrator's account list shows. */
    private long accountList(String admin, String username) throws Exception {
        String body = mvc.perform(get("/api/v1/accounts").param("q", username).with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> shown = JsonPath.read(body, "$.items[*].username");
        return shown.stream().filter(username::equals).count();
    }

    private String unitPath(String username) {
        return jdbc.sql("select unit_path from account where username = ?").param(username).query(String.class)
                .single();
    }

    private String path(long unitId) {
        return jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
    }

    private long sessions(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(username)
                .query(Long.class).single();
    }
}
