package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 宣传门户 for a visitor without an account, on a 360 px phone, in both modes: from the login page's link to the
 * home page, a column, an article with its captioned photo and its print view, and a withdrawn article's notice;
 * nothing scrolls sideways, axe finds nothing serious, and each page is photographed.
 */
class PortalIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorReadsThePortalOnAPhoneInBothModes() throws Exception {
        String tag = "门户" + System.nanoTime() % 1_000_000;
        long province = fixtures.unit(fixtures.root(), "丙省老科协" + tag, "PROVINCIAL");
        long photo = photo();
        long article = article(province, "NEWS", "老科协助力乡村振兴" + tag, null);
        jdbc.sql("insert into publicity_article_image (article_id, file_id, caption) values (?, ?, ?)")
                .param(article).param(photo).param("专家在田间指导" + tag).update();
        jdbc.sql("update publicity_article set cover_file_id = ? where id = ?").param(photo).param(article).update();
        long withdrawn = article(province, "CASES", "已撤下的案例" + tag, "内容待核实");

        Page phone = openPhone();
        phone.navigate("/login");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("宣传门户").setExact(true)).click();
        assertThat(phone).hasURL(Pattern.compile("/portal$"));
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("宣传门户").setExact(true)))
                .isVisible();
        checked(phone, "portal-home");

        String unit = "/portal/units/" + fixtures.code(province);
        phone.navigate(unit);
        assertThat(phone.getByText("老科协助力乡村振兴" + tag)).isVisible();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("更多“工作动态”")).click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("工作动态").setExact(true)))
                .isVisible();
        checked(phone, "portal-column");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("老科协助力乡村振兴" + tag)).click();
        assertThat(phone.locator("figcaption")).hasText("专家在田间指导" + tag);
        assertThat(phone.locator("meta[property='og:image']")).hasAttribute("content",
                Pattern.compile("^https?://[^/]+/portal/images/" + photo + "$"));
        assertThat((Boolean) phone.evaluate("() => document.querySelector('figure img').naturalWidth > 0")).isTrue();
        checked(phone, "portal-article");

        switchElderMode(phone, true);
        assertThat(Ergonomics.elder(phone)).isTrue();
        assertThat(phone.locator("figcaption")).hasText("专家在田间指导" + tag);
        checked(phone, "portal-article");
        phone.navigate("/portal");
        checked(phone, "portal-home");

        phone.navigate("/portal/articles/" + article);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("打印").setExact(true)).click();
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("打印本页"))).isVisible();
        checked(phone, "portal-print");

        Response gone = phone.navigate("/portal/articles/" + withdrawn);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("本文已撤稿"))).isVisible();
        assertThat(phone.getByText("撤稿原因：内容待核实")).isVisible();
        checked(phone, "portal-withdrawn");

        Response missing = phone.navigate("/portal/articles/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("没有找到这个页面")))
                .isVisible();
        checked(phone, "portal-missing");
    }

    /**
     * A province's editor, on a phone in 长辈模式, publishes a submission the province adopted from the list of
     * 门户发布, pins it, and withdraws it with a reason; the tables are cards, targets large, axe content.
     */
    @Test
    void anEditorPublishesAnAdoptedSubmissionPinsAndWithdrawsItOnAPhone() {
        String tag = "发布" + System.nanoTime() % 1_000_000;
        long province = fixtures.unit(fixtures.root(), "丁省老科协" + tag, "PROVINCIAL");
        long county = fixtures.unit(province, "丁省一县老科协" + tag, "COUNTY");
        String editor = fixtures.account("ped", province, org.luoshi.shared.security.Role.EDITOR);
        long submission = jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, body_html, author,
                    submitted_version, first_submitted_at, last_submitted_at, created_at, updated_at)
                select id, path, 'PRACTICE', 'CLOSED', ?, '<p>经验做法正文。</p>', '钱七', 1, now(), now(), now(), now()
                  from unit where id = ? returning id
                """).param("县里的经验" + tag).param(county).query(Long.class).single();
        jdbc.sql("""
                insert into publicity_decision (submission_id, submitter_unit_id, submitter_unit_path, unit_id,
                    unit_path, level, version_number, decision, decided_at)
                select s.id, s.unit_id, s.unit_path, u.id, u.path, u.type, 1, 'ADOPTED', now()
                  from publicity_submission s, unit u where s.id = ? and u.id = ?
                """).param(submission).param(province).update();

        Page phone = openPhone();
        logInToWorkBench(phone, editor, Fixtures.PASSWORD);
        switchElderMode(phone, true);
        phone.navigate("/publicity/articles");
        assertThat(phone.getByText("县里的经验" + tag)).isVisible();
        assertThat(Ergonomics.tablesNotShownAsCards(phone)).isEmpty();
        assertThat(Ergonomics.controlsLowerThan(phone, 60)).isEmpty();
        checked(phone, "publicity-articles");

        phone.locator("form[action$='/adopted/" + submission + "/publish'] button").click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("县里的经验" + tag)))
                .isVisible();
        assertThat(phone.locator(".props")).containsText("丁省一县老科协" + tag);
        assertThat(phone.locator(".props")).containsText("经验交流");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("置顶").setExact(true)).click();
        assertThat(phone.getByText("已置顶")).isVisible();
        checked(phone, "publicity-article");

        phone.getByLabel("撤稿原因").fill("稿件需要补充数据");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤稿").setExact(true)).click();
        assertThat(phone.locator(".props")).containsText("稿件需要补充数据");
        assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改"))).hasCount(0);
    }

    private long article(long unitId, String column, String title, String withdrawnReason) {
        return jdbc.sql("""
                insert into publicity_article (unit_id, unit_path, column_code, title, summary, body_html, source,
                    author, publish_at, withdrawn_at, withdrawn_reason, created_at, updated_at)
                select id, path, ?, ?, ?, ?, ?, '李四', now() - interval '1 hour',
                       case when ?::text is null then null else now() end, ?, now(), now()
                  from unit where id = ? returning id
                """).param(column).param(title).param(title + "的摘要")
                .param("<p>" + title + "：老科技工作者深入田间地头，把技术送到农民手中。</p><p>第二段正文。</p>")
                .param("丙省一县老科协").param(withdrawnReason).param(withdrawnReason).param(unitId)
                .query(Long.class).single();
    }

    private long photo() throws IOException, java.security.NoSuchAlgorithmException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 320; x++) {
            for (int y = 0; y < 200; y++) {
                image.setRGB(x, y, (x * 255 / 320) << 16 | (y * 255 / 200) << 8 | 0x60);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] content = png.toByteArray();
        return jdbc.sql("""
                insert into stored_file (filename, content_type, size_bytes, sha256, content)
                values ('field.png', 'image/png', ?, ?, ?) returning id
                """).param(content.length).param(MessageDigest.getInstance("SHA-256").digest(content))
                .param(content).query(Long.class).single();
    }

    private static void checked(Page page, String name) {
        assertAccessible(page);
        assertThat(Ergonomics.scrollWidth(page)).as("%s sticking out: %s", name,
                Ergonomics.stickingOut(page, Screenshots.MOBILE)).isLessThanOrEqualTo(
                        Math.max(Screenshots.MOBILE, page.viewportSize().width));
        screenshots(page, name);
    }
}
