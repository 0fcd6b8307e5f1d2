package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 西湖区's editor in 长辈模式 on a 360 px phone: drafts a 工作动态, saves it, submits it to 杭州; 杭州's editor returns
 * it with a comment; the county reads the return. Every page the county sees is in large text (≥ 18 px) with targets
 * of at least 60 px, its tables shown as cards, nothing wider than the phone, and nothing serious for axe.
 */
class ElderSubmissionJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountyEditorInElderModeSubmitsOnAPhoneAndTheCityReturnsIt() {
        String title = "长辈模式报送的工作动态" + System.nanoTime() % 100_000;
        Page county = openPhone();
        logInToWorkBench(county, "county-editor", ADMIN_PASSWORD);
        switchElderMode(county, true);
        SoftAssertions softly = new SoftAssertions();
        try {
            county.navigate("/publicity/submissions");
            elderly(softly, county, "list");
            county.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("起草稿件")).click();
            county.getByLabel("稿件类别").selectOption("NEWS");
            county.getByLabel("标题").fill(title);
            county.locator(".rte-body").fill("老科协科普讲师团走进社区，为老年人讲解防范电信诈骗。");
            county.getByLabel("作者").fill("赵六");
            elderly(softly, county, "new");
            county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
            assertThat(county.getByText("稿件已保存")).isVisible();
            elderly(softly, county, "edit");
            long id = Long.parseLong(county.url().replaceAll(".*/publicity/submissions/(\\d+)/edit.*", "$1"));
            county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并报送")).click();
            assertThat(county.locator("#submission-status")).hasText("审核中");
            elderly(softly, county, "submitted");

            Page city = openPhone();
            logInToWorkBench(city, "city-editor", ADMIN_PASSWORD);
            city.navigate("/publicity/submissions/" + id);
            city.getByLabel("退回修改").check();
            city.getByLabel("意见").fill("请补充参加人数");
            city.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核意见")).click();
            assertThat(city.getByText("审核意见已提交：退回修改")).isVisible();

            county.navigate("/publicity/submissions/" + id);
            assertThat(county.locator("#submission-status")).hasText("退回修改");
            assertThat(county.locator("main table")).containsText("请补充参加人数");
            elderly(softly, county, "returned");
            county.navigate("/publicity/submissions");
            assertThat(county.locator("main table")).containsText(title);
            elderly(softly, county, "list-after");
            assertThat(jdbc.sql("select decision from publicity_decision where submission_id = ?").param(id)
                    .query(String.class).list()).isEqualTo(List.of("RETURNED"));
        } finally {
            // the demo accounts are shared by the browser tests: leave this one as it was found
            switchElderMode(county, false);
        }
        softly.assertAll();
    }

    private static void elderly(SoftAssertions softly, Page page, String name) {
        softly.assertThat(Ergonomics.elder(page)).as(name + ": 长辈模式").isTrue();
        softly.assertThat(Ergonomics.bodyFontSize(page)).as(name + ": text").isGreaterThanOrEqualTo(18);
        softly.assertThat(Ergonomics.controlsLowerThan(page, 60)).as(name + ": targets").isEmpty();
        softly.assertThat(Ergonomics.tablesNotShownAsCards(page)).as(name + ": tables as cards").isEmpty();
        softly.assertThat(Ergonomics.scrollWidth(page)).as(name + ": page width").isLessThanOrEqualTo(Screenshots.MOBILE);
        softly.assertThatCode(() -> assertAccessible(page)).as(name + ": axe").doesNotThrowAnyException();
        screenshots(page, "publicity-elder-" + name);
    }
}
