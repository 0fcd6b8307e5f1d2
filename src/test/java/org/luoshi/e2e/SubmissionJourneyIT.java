package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 西湖区's administrator, on a 360 px phone, drafts a 典型案例 (saved as typed), submits it to 杭州; 杭州 returns it
 * with a comment; 西湖区 revises it and submits again with a note; 杭州 adopts it. Every page passes axe and fits
 * the phone, and each side sees every decision.
 */
class SubmissionJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountySubmitsTheCityReturnsTheCountyRevisesAndTheCityAdoptsOnAPhone() {
        String title = "浏览器报送的典型案例" + System.nanoTime() % 100_000;
        Page county = openPhone();
        logInToWorkBench(county, "county-admin", ADMIN_PASSWORD);
        county.navigate("/publicity");
        county.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("本单位报送").setExact(true)).click();
        checked(county, "publicity-submissions");
        county.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("起草稿件")).click();
        county.getByLabel("稿件类别").selectOption("CASE");
        county.getByLabel("标题").fill(title);
        county.locator(".rte-body").fill("老科协专家下乡指导茶园改造。");
        county.getByLabel("作者").fill("张三");
        checked(county, "publicity-submission-new");
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
        assertThat(county.getByText("稿件已保存")).isVisible();

        // saved as typed: a moment after typing, the draft is stored without pressing 保存
        county.getByLabel("作者").fill("张三、李四");
        assertThat(county.locator("#autosave-status")).containsText("已自动保存",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        long id = Long.parseLong(county.url().replaceAll(".*/publicity/submissions/(\\d+)/edit.*", "$1"));
        assertThat(jdbc.sql("select author from publicity_submission where id = ?").param(id).query(String.class)
                .single()).isEqualTo("张三、李四");
        checked(county, "publicity-submission-edit");
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并报送")).click();
        assertThat(county.locator("#submission-status")).hasText("审核中");
        checked(county, "publicity-submission-submitted");

        Page city = openPhone();
        logInToWorkBench(city, "city-admin", ADMIN_PASSWORD);
        city.navigate("/publicity/queue");
        assertThat(city.locator("main table")).containsText(title);
        checked(city, "publicity-queue");
        city.navigate("/publicity/submissions/" + id);
        city.getByLabel("退回修改").check();
        city.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核意见")).click();
        assertThat(city.locator(".notice-error")).containsText("退回修改请填写");
        city.getByLabel("退回修改").check();
        city.getByLabel("意见").fill("请补充受益农户数");
        city.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核意见")).click();
        assertThat(city.getByText("审核意见已提交：退回修改")).isVisible();
        checked(city, "publicity-submission-returned");

        county.navigate("/publicity/submissions/" + id);
        assertThat(county.locator("#submission-status")).hasText("退回修改");
        assertThat(county.locator("main table")).containsText("请补充受益农户数");
        county.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改稿件").setExact(true)).click();
        county.locator(".rte-body").fill("老科协专家下乡指导茶园改造，受益农户 1200 户。");
        county.getByLabel("修改说明").fill("补充了受益农户数");
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并报送")).click();
        assertThat(county.locator("#submission-status")).hasText("审核中");
        assertThat(county.locator("#versions")).isVisible();
        assertThat(county.locator("main")).containsText("修改说明：补充了受益农户数");

        city.navigate("/publicity/submissions/" + id);
        city.getByLabel("本级采用").check();
        city.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核意见")).click();
        assertThat(city.locator("#submission-status")).hasText("审核结束");
        assertThat(city.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤回审核意见")))
                .isVisible();
        checked(city, "publicity-submission-adopted");

        county.navigate("/publicity/submissions/" + id);
        assertThat(county.locator("main table")).containsText("本级采用");
        assertThat(county.locator("main")).containsText("市级");
        List<String> decisions = jdbc.sql("select decision from publicity_decision where submission_id = ? order by id")
                .param(id).query(String.class).list();
        assertThat(decisions).containsExactly("RETURNED", "ADOPTED");
        checked(county, "publicity-submission-county-adopted");
    }

    private static void checked(Page page, String name) {
        assertAccessible(page);
        assertThat(Ergonomics.scrollWidth(page)).as("%s sticking out: %s", name,
                Ergonomics.stickingOut(page, Screenshots.MOBILE)).isLessThanOrEqualTo(
                        Math.max(Screenshots.MOBILE, page.viewportSize().width));
        screenshots(page, name);
    }
}
