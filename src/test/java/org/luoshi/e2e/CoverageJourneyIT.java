package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 学习覆盖 in the browser: 浙江's administrator goes from 组织学习 to a national material and sees its counties'
 * coverage; on a 360 px phone in 长辈模式 the same page fits the screen with its tables as cards.
 */
class CoverageJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    String title;
    long materialId;

    /** A national material, read by 40 of 浙江's members (half to the end). */
    @BeforeEach
    void aNationalMaterialIsReadIn浙江() {
        title = "覆盖旅程材料" + ThreadLocalRandom.current().nextInt(1000, 10000);
        materialId = jdbc.sql("""
                insert into study_material (unit_id, unit_path, title, status, section_count, char_count, published_at,
                                            created_at, updated_at)
                select id, path, ?, 'PUBLISHED', 2, 100, now() - interval '30 days', now(), now()
                  from unit where parent_id is null returning id
                """).param(title).query(Long.class).single();
        jdbc.sql("""
                insert into study_section (material_id, ordinal, chapter, heading, body, char_count)
                values (?, 1, '第一部分', '第一节', '正文', 2), (?, 2, '第一部分', '第二节', '正文', 2)
                """).param(materialId).param(materialId).update();
        jdbc.sql("""
                insert into material_reader (material_id, member_id, unit_id, unit_path, sections_read, last_section,
                                             started_on, finished_on)
                select ?, m.id, m.unit_id, m.unit_path, 1 + (row_number() over () % 2)::int, 1,
                       current_date - 20 + (row_number() over () % 14)::int,
                       case when row_number() over () % 2 = 1 then current_date - 1 end
                  from member m
                 where m.status = 'ACTIVE'
                   and m.unit_path like (select unit_path from account where username = 'prov-admin') || '_%'
                 limit 40
                """).param(materialId).update();
    }

    @Test
    void theProvinceSeesItsCountiesCoverageOnTheDesktopAndAsCardsOnAPhone() {
        logInToWorkBench(page, "prov-admin", ADMIN_PASSWORD);
        page.navigate("/study");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("学习覆盖")).click();
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("各下级单位"))).isVisible();
        assertThat(page.locator(".stat").nth(2)).not().hasText("0.0%");
        assertAccessible(page);
        screenshots(page, "study-coverage");

        Page phone = openPhone();
        logInToWorkBench(phone, "prov-admin", ADMIN_PASSWORD);
        switchElderMode(phone, true);
        phone.navigate("/study/coverage/" + materialId);
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("进度最慢的单位")))
                .isVisible();
        assertThat(Ergonomics.scrollWidth(phone)).isLessThanOrEqualTo(Screenshots.MOBILE);
        assertThat(Ergonomics.tablesNotShownAsCards(phone)).isEmpty();
        assertAccessible(phone);
        screenshots(phone, "study-coverage-phone");
        switchElderMode(phone, false);
    }
}
