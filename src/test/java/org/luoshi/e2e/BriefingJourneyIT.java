package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A province's administrator, on a 360 px phone, compiles 工作简报 from two submissions the province adopted: picks
 * them, puts the second first from the keyboard, previews, issues and publishes it; the Word file downloads the same
 * twice. Every page passes axe and fits the phone.
 */
class BriefingJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aProvinceCompilesIssuesAndPublishesABriefingOnAPhone() {
        String tag = "简报" + System.nanoTime() % 100_000;
        long province = jdbc.sql("select unit_id from account where username = 'prov-admin'").query(Long.class)
                .single();
        long county = jdbc.sql("select id from unit where parent_id = ? order by id limit 1").param(province)
                .query(Long.class).single();
        adopted(county, province, "先报的经验" + tag);
        adopted(county, province, "后报的案例" + tag);

        Page phone = openPhone();
        logInToWorkBench(phone, "prov-admin", ADMIN_PASSWORD);
        phone.navigate("/publicity/briefings");
        checked(phone, "briefings");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建简报")).click();
        checked(phone, "briefing-form");
        phone.getByLabel("编者按").fill("本期编发两篇" + tag + "。");
        phone.getByLabel("报", new Page.GetByLabelOptions().setExact(true)).fill("中国老科协");
        phone.getByLabel("发", new Page.GetByLabelOptions().setExact(true)).fill("各市老科协");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(phone.getByText("已新建简报")).isVisible();

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("选取采用稿件")).click();
        phone.getByLabel("标题含").fill(tag);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
        checked(phone, "briefing-pick");
        phone.getByLabel("先报的经验" + tag).check();
        phone.getByLabel("后报的案例" + tag).check();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("加入简报")).click();
        assertThat(phone.getByText("已加入 2 篇稿件")).isVisible();
        // in the list's order, the latest adoption first
        Locator titles = phone.locator(".briefing-items > li h3");
        assertThat(titles).hasText(new String[] {"后报的案例" + tag, "先报的经验" + tag});

        // from the keyboard: the second item's 上移 button, Enter; focus stays with the moved item
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上移“先报的经验" + tag + "”")).focus();
        phone.keyboard().press("Enter");
        assertThat(titles).hasText(new String[] {"先报的经验" + tag, "后报的案例" + tag});
        assertThat((String) phone.evaluate("() => document.activeElement.getAttribute('aria-label')"))
                .isEqualTo("下移“先报的经验" + tag + "”");
        checked(phone, "briefing-detail");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览").setExact(true)).click();
        assertThat(phone.locator(".briefing-masthead")).hasText("工作简报");
        assertThat(phone.locator(".briefing-foot")).containsText("中国老科协");
        checked(phone, "briefing-preview");
        phone.goBack();

        // before 印发 the Word file is a preview of the draft, printed anew each time
        String url = phone.url().replaceAll("[#?].*", "") + "/document.docx";
        assertThat(paragraphs(phone.request().get(url).body())).contains("先报的经验" + tag);

        phone.locator("summary", new Page.LocatorOptions().setHasText("印发")).click();
        // printing and storing the document may take a while on a busy machine
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认印发"))
                .click(new Locator.ClickOptions().setTimeout(60_000));
        assertThat(phone.getByText("已印发，Word 文件已定稿保存")).isVisible();
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下移“先报的经验" + tag + "”")))
                .hasCount(0);
        byte[] first = phone.request().get(url).body();
        byte[] second = phone.request().get(url).body();
        assertThat(first).isEqualTo(second);
        assertThat(paragraphs(first)).containsSubsequence("工作简报", "先报的经验" + tag, "后报的案例" + tag,
                "报：中国老科协");

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布到门户")).click();
        assertThat(phone.getByText("已发布到门户“工作简报”栏目")).isVisible();
        assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("在门户查看"))).isVisible();
        checked(phone, "briefing-issued");
    }

    private void adopted(long county, long province, String title) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, body_html, submitted_version,
                                                  first_submitted_at, last_submitted_at, created_at, updated_at)
                select id, path, 'PRACTICE', 'CLOSED', ?, '<p>正文</p>', 1, ?, ?, ?, ? from unit where id = ? returning id
                """).param(title).param(now).param(now).param(now).param(now).param(county).query(Long.class).single();
        jdbc.sql("""
                insert into publicity_submission_version (submission_id, number, kind, title, body_html, submitted_at)
                values (?, 1, 'PRACTICE', ?, '<p>第一段。</p><p>第二段。</p>', ?)
                """).param(id).param(title).param(now).update();
        jdbc.sql("""
                insert into publicity_decision (submission_id, submitter_unit_id, submitter_unit_path, unit_id,
                    unit_path, level, version_number, decision, decided_at)
                select ?, s.id, s.path, d.id, d.path, d.type, 1, 'ADOPTED', ? from unit s, unit d
                 where s.id = ? and d.id = ?
                """).param(id).param(now).param(county).param(province).update();
    }

    private static List<String> paragraphs(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void checked(Page page, String name) {
        assertAccessible(page);
        assertThat(Ergonomics.scrollWidth(page)).as("%s sticking out: %s", name,
                Ergonomics.stickingOut(page, Screenshots.MOBILE)).isLessThanOrEqualTo(
                        Math.max(Screenshots.MOBILE, page.viewportSize().width));
        screenshots(page, name);
    }
}
