package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.ranking.RankingData;
import org.luoshi.support.Fixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 浙江's administrator, on a 360 px phone in 长辈模式, opens 信息报送排名 from the module's hub: a new county of 杭州
 * that had a submission adopted by 浙江 this year leads the ranking by unit; 按下级汇总 sums it into 杭州; a period
 * that ends before it starts is refused in Chinese beside the dates; 积分设置 reads but cannot be changed. Every
 * page passes axe and fits the phone.
 */
class RankingJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aProvinceReadsItsRankingOnAPhoneInElderMode() {
        long zhejiang = unit("330000");
        long hangzhou = unit("330100");
        String name = "排名浏览器县" + System.nanoTime() % 100_000;
        long county = fixtures.unit(hangzhou, name, "COUNTY");
        RankingData data = new RankingData(jdbc);
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));
        LocalDateTime morning = today.withDayOfYear(1).atTime(9, 0);
        // plenty of points, so that it leads whatever other tests left in 浙江 this year
        for (int i = 0; i < 30; i++) {
            long submission = data.submission(county, morning);
            data.decide(submission, zhejiang, "PROVINCIAL", "ADOPTED_RECOMMENDED", morning.plusHours(1));
            data.decide(submission, fixtures.root(), "NATIONAL", "ADOPTED", morning.plusHours(2));
        }

        Page phone = openPhone();
        logInToWorkBench(phone, "prov-admin", ADMIN_PASSWORD);
        switchElderMode(phone, true);
        phone.navigate("/publicity");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("信息报送排名").setExact(true)).click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("本单位报送统计"))).isVisible();
        assertThat(phone.locator("main table tbody tr").first()).containsText(name);
        assertThat(phone.locator("main table tbody tr").first()).containsText("480");
        checked(phone, "publicity-ranking");

        phone.getByLabel("统计方式").selectOption("children");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看排名")).click();
        assertThat(phone.locator("main table tbody tr").first()).containsText("杭州");
        checked(phone, "publicity-ranking-children");

        phone.getByLabel("起始日期").fill(today.plusDays(1).toString());
        phone.getByLabel("截止日期").fill(today.toString());
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看排名")).click();
        assertThat(phone.locator("#filter-error")).containsText("晚于截止日期");
        assertThat(phone.getByLabel("起始日期")).hasAttribute("aria-invalid", "true");
        checked(phone, "publicity-ranking-bad-period");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("积分设置")).click();
        assertThat(phone.getByText("积分设置由全国性协会的管理员维护")).isVisible();
        assertThat(phone.locator("main input[type=number]")).hasCount(0);
        checked(phone, "publicity-points");
    }

    @Test
    void theNationalAdministratorSeesThePointsAsAFormOnAPhone() {
        Page phone = openPhone();
        logInToWorkBench(phone, "admin", ADMIN_PASSWORD);
        phone.navigate("/publicity/points");
        assertThat(phone.getByLabel("省级老科协 采用一篇")).isVisible();
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存积分设置"))).isVisible();
        checked(phone, "publicity-points-form");
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private static void checked(Page page, String name) {
        assertAccessible(page);
        assertThat(Ergonomics.scrollWidth(page)).as("%s sticking out: %s", name,
                Ergonomics.stickingOut(page, Screenshots.MOBILE)).isLessThanOrEqualTo(
                        Math.max(Screenshots.MOBILE, page.viewportSize().width));
        screenshots(page, name);
    }
}
