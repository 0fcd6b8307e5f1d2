package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 报名 on a 360 px phone in 长辈模式: a member registers for a lecture with one place in a tap; a second member is put
 * on the waiting list; the first cancels, and the second, moved up at once, finds their registration confirmed in
 * 我的报名 and is told so in 通知.
 */
class RegistrationJourneyIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberRegistersAnotherWaitsAndMovesUpWhenTheFirstCancels() {
        String tag = String.valueOf(System.nanoTime() % 100_000);
        long province = fixtures.unit(fixtures.root(), "报名测试省老科协" + tag, "PROVINCIAL");
        long county = fixtures.unit(province, "报名测试县老科协" + tag, "COUNTY");
        String title = "大讲堂" + tag;
        long activity = jdbc.sql("""
                insert into activity (unit_id, unit_path, kind, title, address, starts_at, ends_at, capacity,
                                      audience_unit_id, audience_unit_path, created_at, updated_at)
                select id, path, 'LECTURE_HALL', ?, '省科技馆报告厅', now() + interval '3 days',
                       now() + interval '3 days 2 hours', 1, id, path, now(), now() from unit where id = ?
                returning id
                """).param(title).param(province).query(Long.class).single();
        String first = member(county, "王先登" + tag);
        String second = member(county, "赵候补" + tag);

        Page phone = openPhone();
        logInToWorkBench(phone, first, Fixtures.PASSWORD);
        switchElderMode(phone, true);
        phone.navigate("/activities/" + activity);
        assertThat(phone.getByText("已报名 0 / 1 人")).isVisible();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报名").setExact(true)).click();
        assertThat(phone.getByText("报名成功。")).isVisible();
        assertThat(phone.locator(".registration-mine")).containsText("已报名");
        assertThat(Ergonomics.elder(phone)).isTrue();
        assertThat(Ergonomics.stickingOut(phone, Screenshots.MOBILE)).isEmpty();
        assertAccessible(phone);
        screenshots(phone, "activity-registration");

        Page other = openPhone();
        logInToWorkBench(other, second, Fixtures.PASSWORD);
        switchElderMode(other, true);
        other.navigate("/activities/" + activity);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报名").setExact(true)).click();
        assertThat(other.getByText("名额已满，您已列入候补")).isVisible();
        assertThat(other.locator(".registration-mine")).containsText("候补第 1 位");

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取消报名").setExact(true)).click();
        assertThat(phone.getByText("已取消报名。")).isVisible();
        // the place went to the member waiting: still one of one taken, nobody waiting
        assertThat(phone.getByText("已报名 1 / 1 人")).isVisible();
        assertThat(phone.getByText("候补 1 人")).not().isVisible();

        other.navigate("/activities/my-registrations");
        assertThat(other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(other.locator("main tbody tr").first()).containsText("已报名");
        assertThat(Ergonomics.stickingOut(other, Screenshots.MOBILE)).isEmpty();
        assertAccessible(other);
        screenshots(other, "activity-my-registrations");
        assertThat(jdbc.sql("select n.title from notification n join account a on a.id = n.account_id "
                + "where a.username = ?").param(second).query(String.class).list())
                .containsExactly("候补成功：您已报名《" + title + "》");
        other.navigate("/notifications");
        screenshots(other, "activity-registration-notification");
        assertThat(other.locator("main .notification").first()).containsText("候补成功：您已报名《" + title + "》");
        assertThat(jdbc.sql("select status from activity_registration where activity_id = ? order by id")
                .param(activity).query(String.class).list()).containsExactly("CANCELLED", "REGISTERED");
    }

    private String member(long unit, String name) {
        long member = jdbc.sql("insert into member (unit_id, unit_path, name) select id, path, ? from unit "
                + "where id = ? returning id").param(name).param(unit).query(Long.class).single();
        String username = fixtures.account("reg", unit, Role.MEMBER);
        jdbc.sql("update account set member_id = ? where username = ?").param(member).param(username).update();
        return username;
    }
}
