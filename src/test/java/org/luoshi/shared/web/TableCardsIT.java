package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every table's body cells carry their column's heading, which a phone shows beside each value of a card. */
@IntegrationTest
class TableCardsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;

    @Test
    void eachCellOfAListIsLabelledWithItsColumnsHeading() throws Exception {
        String username = fixtures.account("cards", fixtures.tree().provinceA(), Role.UNIT_ADMIN);

        Element row = page("/identity/accounts", username).selectFirst("main table tbody tr:has(a)");

        assertThat(row.select("> td").eachAttr("data-label"))
                .containsExactly("用户名", "姓名", "所属单位", "角色", "状态", "最近登录");
    }

    @Test
    void aRowSpanningTheColumnsIsNotLabelled() throws Exception {
        String username = fixtures.account("cards", fixtures.tree().provinceA(), Role.UNIT_ADMIN);

        Element none = page("/me/tokens", username).selectFirst("main table tbody td[colspan]");

        assertThat(none.hasAttr("data-label")).isFalse();
    }

    @Test
    void aColumnWhoseHeadingIsForScreenReadersOnlyIsNotLabelled() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        PlanFixtures.Plan plan = plans.plan(tree.provinceA(), "卡片测试方案", LocalDate.now().plusDays(30));
        plans.assign(plan, tree.countyA(), tree.provinceA(), null);
        String username = fixtures.account("cards", tree.provinceA(), Role.UNIT_ADMIN);

        Element child = page("/plans/" + plan.id() + "/rollup", username).selectFirst("div.toolbar:has(#children) ~ div.table-wrap tbody tr");

        assertThat(child.selectFirst("> td.num").attr("data-label")).isEqualTo("收文单位");
        assertThat(child.select("> td").last().hasAttr("data-label")).isFalse(); // 查看任务: the button says it
    }

    private Document page(String url, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(fixtures.as(username))).andReturn().getResponse()
                .getContentAsString());
    }
}
