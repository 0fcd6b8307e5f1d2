package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.internal.search.PublicityRows;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor on a 360 px phone in 长辈模式 searches the portal: the hit's words are marked, a query of punctuation
 * gets a hint; a county's editor records an exemplary person, their consent, and publishes the person's page, which
 * the visitor then reads. Every page passes axe and fits the phone.
 */
class PublicitySearchJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorSearchesThePortalOnAPhoneInElderMode() {
        String marker = "zs" + Long.toString(System.nanoTime()).chars().map(c -> 'a' + c - '0')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        long unit = jdbc.sql("select id from unit where parent_id is null").query(Long.class).single();
        new PublicityRows(jdbc).article(unit, "CASES", "老科协助力乡村振兴的典型案例 " + marker,
                "全县老科协组织专家服务乡村振兴，推广新品种二十个。", TestClock.INSTANCE.instant()
                        .minus(Duration.ofHours(2)), false);

        Page phone = openPhone();
        phone.navigate("/portal/search");
        switchElderMode(phone, true);
        phone.getByLabel("关键词").fill("！？。");
        phone.getByLabel("关键词").press("Enter");
        assertThat(phone.locator("#search-hint")).containsText("请输入要检索的文字");
        checked(phone, "portal-search-hint");

        phone.getByLabel("关键词").fill(marker + " 典型 乡村振兴");
        phone.getByLabel("关键词").press("Enter");
        assertThat(phone.locator("#search-summary")).containsText("共找到 1 条");
        assertThat(phone.locator(".search-hit-title mark")).hasText(new String[] {"乡村振兴", "典型", marker});
        assertThat(phone.locator(".search-hit-snippet mark").first()).hasText("乡村振兴");
        assertThat(Ergonomics.elder(phone)).isTrue();
        checked(phone, "portal-search-results");
    }

    @Test
    void aCountyPublishesAPersonsPageAfterRecordingConsentAndAVisitorReadsIt() {
        Page phone = openPhone();
        logInToWorkBench(phone, "county-admin", ADMIN_PASSWORD);
        phone.navigate("/publicity/people");
        checked(phone, "publicity-people");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新增典型人物")).click();
        String name = "周" + (char) ('甲' + System.nanoTime() % 10);
        phone.getByLabel("姓名").fill(name);
        phone.getByLabel("职务/职称").fill("高级农艺师");
        phone.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("事迹")).fill("退休后扎根乡村二十年，带领农民致富。");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("在门户展示"))).hasCount(0);
        checked(phone, "publicity-person");

        phone.getByLabel("书面同意").check();
        phone.getByLabel("说明").fill("同意书原件存县老科协办公室");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录本人同意")).click();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("在门户展示")).click();
        assertThat(phone.getByText("已在门户展示。")).isVisible();
        String portal = phone.url().replaceAll(".*/publicity/people/(\\d+).*", "/portal/people/$1");

        Page visitor = openPhone();
        visitor.navigate(portal);
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
        checked(visitor, "portal-person");

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤回同意（门户页面立即下线）")).click();
        assertThat(visitor.navigate(portal).status()).isEqualTo(404);
    }

    private static void checked(Page page, String name) {
        assertAccessible(page);
        assertThat(Ergonomics.scrollWidth(page)).as("%s sticking out: %s", name,
                Ergonomics.stickingOut(page, Screenshots.MOBILE)).isLessThanOrEqualTo(
                        Math.max(Screenshots.MOBILE, page.viewportSize().width));
        screenshots(page, name);
    }
}
