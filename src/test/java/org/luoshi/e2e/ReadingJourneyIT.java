package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.study.PasteMaterial;
import org.luoshi.study.internal.reading.Material;
import org.luoshi.study.internal.reading.Materials;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 原原本本、逐字逐句 on a 360 px phone in 长辈模式: a member opens a material published to their province, reads its first
 * section until it counts (the tests need 2 s of visible reading, src/test/resources/config), goes to the next
 * section and back, and later continues where they left off.
 */
class ReadingJourneyIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Materials materials;
    @Autowired
    UnitDirectory units;

    @Test
    void aMemberReadsAMaterialSectionBySectionOnAPhoneInElderMode() {
        long province = fixtures.unit(fixtures.root(), "阅读测试省老科协", "PROVINCIAL");
        long county = fixtures.unit(province, "阅读测试县老科协", "COUNTY");
        String title = "党章学习" + System.nanoTime() % 100_000;
        Material material = publish(province, title);
        long member = jdbc.sql("insert into member (unit_id, unit_path, name) select id, path, '李阅读' from unit "
                + "where id = ? returning id").param(county).query(Long.class).single();
        String username = fixtures.account("reader", county, Role.MEMBER);
        jdbc.sql("update account set member_id = ? where username = ?").param(member).param(username).update();
        long first = jdbc.sql("select id from study_section where material_id = ? and ordinal = 1")
                .param(material.id()).query(Long.class).single();

        Page phone = open(Screenshots.MOBILE, 740, true);
        logInToWorkBench(phone, username, Fixtures.PASSWORD);
        switchElderMode(phone, true);

        phone.navigate("/study/reading");
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的学习"))).isVisible();
        assertAccessible(phone);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("开始阅读：" + title)).click();

        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("一、党员的义务")))
                .isVisible();
        assertThat(phone.locator("#reader-status")).hasText("本节未读完");
        phone.locator("#reader-end").scrollIntoViewIfNeeded(); // the member reads down to the end of the text
        assertThat(phone.locator("#reader-status")).hasText("本节已读",
                new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(jdbc.sql("select finished_at is not null from reading_progress where member_id = ? "
                + "and section_id = ?").param(member).param(first).query(Boolean.class).single()).isTrue();
        assertThat(Ergonomics.elder(phone)).isTrue();
        assertThat(Ergonomics.bodyFontSize(phone)).isGreaterThanOrEqualTo(18);
        assertThat(Ergonomics.stickingOut(phone, Screenshots.MOBILE)).isEmpty();
        assertAccessible(phone);
        screenshots(phone, "study-reading-section");

        phone.locator("#reader-next").click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("二、党员的权利")))
                .isVisible();
        phone.locator("#reader-previous").click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("一、党员的义务")))
                .isVisible();
        assertThat(phone.locator("#reader-status")).hasText("本节已读");
        phone.locator("#reader-next").click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("二、党员的权利")))
                .isVisible();

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("特大").setExact(true)).click();
        assertThat(phone.locator("html")).hasClass(Pattern.compile("font-larger"));
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("二、党员的权利")))
                .isVisible();

        phone.navigate("/study/reading");
        assertThat(phone.getByText("已读 1 / 3 节")).isVisible();
        screenshots(phone, "study-reading-my");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("接着读：" + title)).click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("二、党员的权利")))
                .isVisible();

        phone.navigate("/study/reading/read/" + material.id());
        assertThat(phone.getByText("上次读到这里")).isVisible();
        assertAccessible(phone);
        screenshots(phone, "study-reading-outline");
    }

    private Material publish(long unitId, String title) {
        var unit = units.find(unitId).orElseThrow();
        Actor admin = new Actor(0, "test", "测试管理员", unit.id(), unit.path(), Set.of(Role.UNIT_ADMIN));
        Material draft = materials.paste(admin, new PasteMaterial(title, "中国共产党章程", """
                第一章 党员
                一、党员的义务
                坚持党和人民的利益高于一切，个人利益服从党和人民的利益，吃苦在前，享受在后，克己奉公，多做贡献。
                二、党员的权利
                参加党的有关会议，阅读党的有关文件，接受党的教育和培训。
                三、党员的纪律
                党员必须自觉遵守党的纪律，首先是党的政治纪律和政治规矩。
                """));
        return materials.publish(admin, draft.id());
    }
}
