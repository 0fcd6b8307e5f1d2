package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12's "done means" in the browser, on the demo tree: 西湖区 submits a case linked to a plan item, 杭州 returns
 * it, 西湖区 revises it, 杭州 adopts and recommends, 浙江 adopts and recommends, the nation adopts it, publishes it to
 * 典型案例 and puts it in the next 工作简报 (第3期 on the demo, after its 第1期 and 第2期); a visitor finds it on the
 * portal, in the column's feed and by search; the nation's ranking and the plan's roll-up count it.
 */
class PublicityJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseGoesFromACountyToTheNationsPortalAndBriefing() {
        String tag = "旅程" + System.nanoTime() % 100_000;
        String title = "茶园改造典型案例" + tag;

        Page county = openPhone();
        logInToWorkBench(county, "county-admin", ADMIN_PASSWORD);
        county.navigate("/publicity/submissions/new");
        county.getByLabel("稿件类别").selectOption("CASE");
        county.getByLabel("标题").fill(title);
        county.locator(".rte-body").fill("老科协专家下乡指导茶园改造。");
        county.getByLabel("作者").fill("张三");
        Locator items = county.locator("#itemId option:not([value=''])");
        String item = items.first().getAttribute("value");
        county.getByLabel("计入事项").selectOption(item);
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
        assertThat(county.getByText("稿件已保存")).isVisible();
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并报送")).click();
        assertThat(county.locator("#submission-status")).hasText("审核中");
        long id = Long.parseLong(county.url().replaceAll(".*/publicity/submissions/(\\d+).*", "$1"));

        Page city = openPhone();
        logInToWorkBench(city, "city-admin", ADMIN_PASSWORD);
        decide(city, id, "退回修改", "请补充受益农户数");
        county.navigate("/publicity/submissions/" + id);
        county.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改稿件").setExact(true)).click();
        county.locator(".rte-body").fill("老科协专家下乡指导茶园改造，受益农户 1200 户。");
        county.getByLabel("修改说明").fill("补充了受益农户数");
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并报送")).click();
        assertThat(county.locator("#submission-status")).hasText("审核中");

        decide(city, id, "采用并推荐上报", null);
        Page province = openPhone();
        logInToWorkBench(province, "prov-admin", ADMIN_PASSWORD);
        decide(province, id, "采用并推荐上报", null);
        Page nation = openPhone();
        logInToWorkBench(nation, "admin", ADMIN_PASSWORD);
        decide(nation, id, "本级采用", null);
        assertThat(nation.locator("#submission-status")).hasText("审核结束");

        // the nation publishes it to 典型案例 (the column its kind suggests)
        nation.navigate("/publicity/articles");
        Locator publish = nation.locator("form[action$='/adopted/" + id + "/publish']");
        assertThat(publish.locator("select[name=column]")).hasValue("CASES");
        publish.locator("button").click();
        assertThat(nation.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        checked(nation, "journey-article");

        // and puts it in the next 工作简报
        int number = jdbc.sql("""
                select coalesce(max(number), 0) + 1 from publicity_briefing b join unit u on u.id = b.unit_id
                 where u.parent_id is null and b.year = extract(year from current_date)""").query(Integer.class)
                .single();
        nation.navigate("/publicity/briefings");
        nation.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建简报")).click();
        nation.getByLabel("编者按").fill("基层经验值得推广" + tag + "。");
        nation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(nation.getByText("已新建简报")).isVisible();
        assertThat(nation.locator("main")).containsText("第" + number + "期");
        nation.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("选取采用稿件")).click();
        nation.getByLabel("标题含").fill(tag);
        nation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
        nation.getByLabel(title).check();
        nation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("加入简报")).click();
        assertThat(nation.getByText("已加入 1 篇稿件")).isVisible();
        nation.locator("summary", new Page.LocatorOptions().setHasText("印发")).click();
        nation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认印发"))
                .click(new Locator.ClickOptions().setTimeout(60_000));
        assertThat(nation.getByText("已印发，Word 文件已定稿保存")).isVisible();
        nation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布到门户")).click();
        assertThat(nation.getByText("已发布到门户“工作简报”栏目")).isVisible();
        checked(nation, "journey-briefing");

        // a visitor: the portal's column, the article, the feed and the search
        Page visitor = openPhone();
        visitor.navigate("/portal/columns/cases");
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).first().click();
        assertThat(visitor.locator("main")).containsText("受益农户 1200 户");
        assertThat(visitor.locator("main")).containsText("西湖区");
        checked(visitor, "journey-portal-article");
        assertThat(visitor.request().get("/portal/columns/cases/rss.xml").text()).contains(title);
        visitor.navigate("/portal/columns/briefings");
        assertThat(visitor.locator("main")).containsText("第" + number + "期");
        visitor.navigate("/portal/search?q=" + URLEncoder.encode("茶园 " + tag, StandardCharsets.UTF_8));
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).first())
                .isVisible();
        checked(visitor, "journey-portal-search");

        // the nation's ranking names 西湖区 with its points, and the plan's roll-up counts the work
        nation.navigate("/publicity/ranking");
        assertThat(nation.locator("main")).containsText("西湖区");
        List<String> counted = jdbc.sql("select kind from counted_work where record_id = ? and kind like 'publicity.%' order by kind")
                .param(id).query(String.class).list();
        assertThat(counted).containsExactly("publicity.adopted", "publicity.submitted");
        nation.navigate(jdbc.sql("select '/plans/' || i.plan_id || '/rollup/items/' || i.id from counted_work c"
                + " join plan_item i on i.id = c.item_id where c.record_id = ? and c.kind = 'publicity.adopted'")
                .param(id).query(String.class).single());
        assertThat(nation.locator("main")).containsText("采用稿件");
        checked(nation, "journey-rollup-item");
    }

    private static void decide(Page page, long id, String decision, String comment) {
        page.navigate("/publicity/submissions/" + id);
        page.getByLabel(decision).check();
        if (comment != null) {
            page.getByLabel("意见").fill(comment);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核意见")).click();
        assertThat(page.getByText("审核意见已提交：" + decision)).isVisible();
    }

    private static void checked(Page page, String name) {
        assertAccessible(page);
        assertThat(Ergonomics.scrollWidth(page)).as("%s sticking out: %s", name,
                Ergonomics.stickingOut(page, Screenshots.MOBILE)).isLessThanOrEqualTo(
                        Math.max(Screenshots.MOBILE, page.viewportSize().width));
        screenshots(page, name);
    }
}
