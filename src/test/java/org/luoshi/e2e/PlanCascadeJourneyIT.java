package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * 部署落实 end to end in the browser, through the pages only: the national body drafts a plan with two actionable
 * items and issues it to every provincial association, and chases 浙江 (催办) the same day before it has
 * acknowledged; 浙江 finds the 催办 in 通知, and 查看 opens its task; it acknowledges and forwards the plan to 西湖区
 * with its own notice; 西湖区 acknowledges, writes a measure and submits its implementation plan; 浙江 approves it;
 * 西湖区 reports progress with a photo; 浙江 returns it with a comment, which 西湖区 finds in 通知 and on its work
 * bench; 西湖区 reports again; 浙江 accepts; the national roll-up then counts the accepted item under 浙江.
 *
 * <p>A fresh plan rather than the seed plan, whose demo history already has 浙江 part-way through.
 */
class PlanCascadeJourneyIT extends BrowserTest {

    private static final String PROVINCE = "浙江省老科学技术工作者协会";
    private static final String COUNTY = "杭州市西湖区老科学技术工作者协会";

    @Test
    void nationalIssuesProvinceForwardsCountyReportsProvinceAcceptsAndTheNationalRollupShowsIt() {
        int serial = ThreadLocalRandom.current().nextInt(100, 1000);
        String title = "关于开展老科技工作者建言献策活动的通知（" + serial + "）";
        LocalDate due = LocalDate.now().plusMonths(2);

        Page national = page;
        logInToWorkBench(national, "admin", ADMIN_PASSWORD);
        draftPlan(national, title, "中老科协发〔" + LocalDate.now().getYear() + "〕" + serial + "号", due);
        issueToProvinces(national, title);
        String reminderPage = chaseTheSilentProvince(national, title);

        Page province = open(Screenshots.DESKTOP, 800, false);
        logInToWorkBench(province, "prov-admin", ADMIN_PASSWORD);
        openFromNotifications(province, "催办：" + title);
        assertThat(province.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(PROVINCE + "的任务")))
                .isVisible();
        press(province, "签收");
        assertThat(province.getByText("已签收。")).isVisible();
        forwardToCounty(province, due);

        Page county = open(Screenshots.DESKTOP, 800, false);
        logInToWorkBench(county, "county-admin", ADMIN_PASSWORD);
        openTask(county, "待签收", title);
        assertThat(county.getByRole(AriaRole.LIST).filter(new Locator.FilterOptions().setHasText(PROVINCE))
                .getByText("请于月底前将落实情况报省老科协")).isVisible(); // the lineage shows the province's notice
        press(county, "签收");
        writeMeasureAndSubmitImplementationPlan(county);

        province.navigate("/");
        openTask(province, "待审核", title);
        assertThat(province.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(COUNTY + "的任务")))
                .isVisible();
        press(province, "批准实施方案");
        assertThat(province.getByText("已批准").first()).isVisible();
        String countyAssignment = province.url();

        county.reload();
        reportProgressWithPhoto(county);

        province.navigate(countyAssignment);
        returnTheReport(province);
        seeTheReturn(county, title);
        reportProgressWithPhoto(county);

        province.navigate(countyAssignment);
        assertAccessible(province);
        press(province, "审核通过");
        assertThat(item(province, "一、").getByText("已完成").first()).isVisible();
        assertAccessible(province);
        screenshots(province, "plan-assignment-accepted");

        national.navigate("/");
        assertAccessible(national);
        screenshots(national, "plan-workbench");
        seeTheRollup(national, title);
        lookInElderMode(national, province, reminderPage);
    }

    /**
     * 催办 on the day of issue: 浙江 has not acknowledged yet, so the roll-up's 催办下级单位 lists it among the units
     * that have not; the message is shown for editing before it is sent, and sending returns to the roll-up.
     * Returns the 催办 page's address.
     */
    private String chaseTheSilentProvince(Page page, String title) {
        menu(page, "部署落实");
        link(page, title).click();
        link(page, "落实情况汇总").click();
        link(page, "催办下级单位").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("催办"))).isVisible();
        String reminderPage = page.url();
        assertThat(field(page, "催办留言")).hasValue("请抓紧落实各项任务，按时报送进展。");
        press(page, "发送催办");
        assertThat(page.getByText("还没有勾选要催办的单位。", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible(page);

        // other tests sharing the database add provincial units of their own: page on, as a user would, to 浙江
        Locator province = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + PROVINCE)));
        while (province.count() == 0) {
            nextPage(page);
        }
        province.check();
        field(page, "催办留言").fill("方案今天已下发，请尽快签收并部署落实。");
        assertAccessible(page);
        screenshots(page, "plan-reminder");
        press(page, "发送催办");
        assertThat(page).hasURL(Pattern.compile("/plans/\\d+/rollup"));
        assertThat(page.getByText("已向 1 个单位发送催办。")).isVisible();
        return reminderPage;
    }

    /** 通知 lists the notice; 查看 opens the unit's own task and takes the notice off the unread count. */
    private static void openFromNotifications(Page page, String title) {
        menu(page, "通知");
        Locator notice = page.locator("li.notification").filter(new Locator.FilterOptions().setHasText(title));
        // tests sharing the database (some on a moved clock) leave notifications of their own: page on to it
        while (notice.count() == 0) {
            nextPage(page);
        }
        assertThat(notice).hasCount(1);
        assertAccessible(page);
        screenshots(page, "notification-list");
        notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("查看")).click();
        assertThat(page).hasURL(Pattern.compile("/plans/assignments/\\d+$"));
        assertAccessible(page);
    }

    /** 下一页, and wait until it is shown (a count on the page before would find nothing new). */
    private static void nextPage(Page page) {
        String before = page.url();
        link(page, "下一页").click();
        page.waitForURL(url -> !url.equals(before));
    }

    private void returnTheReport(Page page) {
        field(page, "退回理由").fill("照片只有一张，请补充到会人员签到表。");
        press(page, "退回");
        assertThat(page.getByText("照片只有一张，请补充到会人员签到表。").first()).isVisible();
        assertAccessible(page);
    }

    /** The county is told of the return, with the comment, and finds the task on its work bench. */
    private void seeTheReturn(Page page, String title) {
        page.navigate("/");
        Locator task = page.locator("[id^=task-] li").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(task.first()).isVisible();
        assertAccessible(page);
        menu(page, "通知");
        assertThat(page.locator("li.notification").filter(new Locator.FilterOptions().setHasText("进展被退回"))
                .filter(new Locator.FilterOptions().setHasText("照片只有一张，请补充到会人员签到表。")).first())
                .isVisible();
        openFromNotifications(page, "进展被退回：一、组织集体学习");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(COUNTY + "的任务")))
                .isVisible();
    }

    private void draftPlan(Page page, String title, String docNumber, LocalDate due) {
        menu(page, "部署落实");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("工作方案"))).isVisible();
        assertAccessible(page);
        screenshots(page, "plan-list");

        link(page, "起草方案").click();
        field(page, "标题").fill(title);
        field(page, "文号").fill(docNumber);
        field(page, "发文日期").fill(LocalDate.now().toString());
        field(page, "正文").fill("各省级老科协：为深入落实工作部署，现就有关事项通知如下。");
        assertAccessible(page);
        screenshots(page, "plan-form");
        press(page, "保存");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        addItem(page, "一、", "组织集体学习", due, "4");
        addItem(page, "二、", "报送建言献策成果", due.plusWeeks(2), null);
        assertThat(page.getByText("一、组织集体学习").or(page.getByText("一、 组织集体学习"))).isVisible();
        assertAccessible(page);
        screenshots(page, "plan-draft");
    }

    private void addItem(Page page, String numbering, String title, LocalDate due, String target) {
        link(page, "添加条目").click();
        field(page, "编号").fill(numbering);
        field(page, "条目标题").fill(title);
        field(page, "需各单位落实（设完成时限和佐证要求）").check();
        field(page, "完成时限").fill(due.toString());
        if (target != null) {
            field(page, "量化目标：至少").fill(target);
            field(page, "计量单位（如 次、篇）").fill("次");
        }
        field(page, "照片").check();
        assertAccessible(page);
        screenshots(page, "plan-item-form");
        press(page, "保存");
        assertThat(page.getByText("条目已保存。")).isVisible();
    }

    private void issueToProvinces(Page page, String title) {
        link(page, "下发").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("下发：" + title))).isVisible();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("按单位类型")).check();
        field(page, "省级老科协").check();
        assertAccessible(page);
        screenshots(page, "plan-issue");
        press(page, "确认下发");

        // 浙江 receiving it is proven when prov-admin finds it among 待签收; the list of recipients is paged, and other
        // tests sharing the database add provincial units of their own
        assertThat(page.getByText(Pattern.compile("已下发，新增 \\d+ 个单位的任务"))).isVisible();
        assertAccessible(page);
        screenshots(page, "plan-issued");
    }

    private void forwardToCounty(Page page, LocalDate due) {
        link(page, "转发").click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("指定单位")).check();
        field(page, "其他单位代码（每行一个）").fill("330106");
        field(page, "本级通知（补充要求）").fill("请于月底前将落实情况报省老科协。");
        // an earlier due date than the national one for the first item: each level may tighten, never loosen
        page.getByLabel(Pattern.compile("^一、.*组织集体学习")).fill(due.minusDays(7).toString());
        assertAccessible(page);
        screenshots(page, "plan-forward");
        press(page, "确认转发");
        assertThat(page.getByText("已转发，新增 1 个单位的任务。")).isVisible();
        assertAccessible(page);
        screenshots(page, "plan-assignment");
    }

    private void writeMeasureAndSubmitImplementationPlan(Page page) {
        link(page, "添加落实举措").click();
        assertThat(field(page, "对应事项")).containsText("组织集体学习");
        field(page, "举措内容").fill("每季度组织一次集体学习，邀请专家宣讲。");
        field(page, "责任人").fill("王秘书长");
        field(page, "目标").fill("全年 4 次");
        assertAccessible(page);
        screenshots(page, "plan-measure-form");
        press(page, "保存");
        assertThat(page.getByText("每季度组织一次集体学习，邀请专家宣讲。")).isVisible();
        assertThat(page.getByText("责任人：王秘书长；时限：未定；目标：全年 4 次")).isVisible();

        press(page, "报送实施方案");
        assertThat(page.getByText("实施方案已报送，等待上级审核。")).isVisible();
        assertAccessible(page);
    }

    private void reportProgressWithPhoto(Page page) {
        item(page, "一、").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("报送进展")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^报送进展："))))
                .isVisible();
        field(page, "进展情况").fill("3 月 15 日组织集体学习，到会 32 人，附现场照片。");
        field(page, "完成百分比（0–100）").fill("100");
        field(page, "佐证材料（照片、PDF、Word、Excel）")
                .setInputFiles(new FilePayload("学习现场.png", "image/png", photo()));
        assertAccessible(page);
        screenshots(page, "plan-report-form");
        press(page, "报送");

        assertThat(page.getByText("进展已报送，等待上级审核。")).isVisible();
        assertThat(item(page, "一、").getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("学习现场.png"))
                .first()).isVisible();
        assertAccessible(page);
    }

    private void seeTheRollup(Page page, String title) {
        menu(page, "部署落实");
        link(page, title).click();
        assertAccessible(page);
        screenshots(page, "plan-detail");
        link(page, "落实情况汇总").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        Locator province = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(PROVINCE))));
        // 浙江 and 西湖区 hold two items each; one of the four is accepted, both acknowledged, one plan approved
        assertThat(province.getByRole(AriaRole.CELL)).containsText(new String[] {"2", "100%", "50%", "25%"});
        Locator firstItem = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(Pattern.compile("一、.*组织集体学习")))));
        assertThat(firstItem.getByRole(AriaRole.CELL).nth(2)).hasText("1");
        screenshots(page, "plan-rollup");
        assertThat(page.locator(".chart svg").first()).isVisible(); // ECharts drew the weekly trend
        assertAccessible(page);
        assertThat(Ergonomics.scrollWidth(page)).isLessThanOrEqualTo(Screenshots.DESKTOP);
        assertNoSidewaysScrollOnAPhone(page.url());
        assertNoSidewaysScrollOnAPhone("/");
        String rollup = page.url();

        firstItem.getByRole(AriaRole.LINK).click(); // the item across the provinces: 浙江's subtree holds it twice
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                Pattern.compile("一、组织集体学习")))).isVisible();
        Locator provinceOnItem = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(PROVINCE))));
        assertThat(provinceOnItem.getByRole(AriaRole.CELL)).containsText(new String[] {"2", "100%", "1", "50%"});
        screenshots(page, "plan-rollup-item");
        assertAccessible(page);
        assertNoSidewaysScrollOnAPhone(page.url());
        page.navigate(rollup);
    }

    /**
     * 长辈模式 on the plan list, the task list, the roll-up, the work bench and the assignment page: every control at least 60 px
     * high, and on a phone still no sideways scrolling. The switch stays with the account, so it is undone after.
     */
    private void lookInElderMode(Page national, Page province, String reminderPage) {
        String rollup = national.url();
        String assignment = province.url();
        SoftAssertions softly = new SoftAssertions();
        switchElderMode(national, true);
        try {
            for (String url : List.of(rollup, "/", "/plans", "/plans/tasks", reminderPage, "/notifications",
                    "/notifications/settings")) {
                national.navigate(url);
                softly.assertThat(Ergonomics.controlsLowerThan(national, 60)).as(url).isEmpty();
                assertAccessible(national);
            }
            national.navigate(rollup);
            screenshots(national, "plan-rollup");
            national.navigate("/");
            screenshots(national, "plan-workbench");
            national.navigate("/plans");
            screenshots(national, "plan-list");
            national.navigate(reminderPage);
            screenshots(national, "plan-reminder");
            national.navigate("/notifications/settings");
            screenshots(national, "notification-settings");
            assertNoSidewaysScrollOnAPhone(rollup);
            assertNoSidewaysScrollOnAPhone(reminderPage);
            assertNoSidewaysScrollOnAPhone("/notifications");
            assertNoSidewaysScrollOnAPhone(assignment);
            assertNoSidewaysScrollOnAPhone("/");
        } finally {
            switchElderMode(national, false);
        }
        province.navigate(assignment);
        switchElderMode(province, true);
        try {
            softly.assertThat(Ergonomics.controlsLowerThan(province, 60)).as(assignment).isEmpty();
            assertAccessible(province);
            screenshots(province, "plan-assignment-accepted");
        } finally {
            switchElderMode(province, false);
        }
        softly.assertAll();
    }

    /** The body never scrolls sideways at 360 px; wide tables scroll inside their .table-wrap instead. */
    private void assertNoSidewaysScrollOnAPhone(String url) {
        Page phone = openPhone();
        logIn(phone, "admin", ADMIN_PASSWORD);
        phone.navigate(url);
        assertThat(Ergonomics.scrollWidth(phone)).as("%s at %d px sticking out: %s", url, Screenshots.MOBILE,
                Ergonomics.stickingOut(phone, Screenshots.MOBILE)).isLessThanOrEqualTo(Screenshots.MOBILE);
        phone.context().close();
    }

    private static void openTask(Page page, String kind, String title) {
        Locator tasks = page.locator("[id^=task-]").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(kind).setExact(true))));
        tasks.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(title))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("办理")).click();
        assertThat(page).hasURL(Pattern.compile("/plans/assignments/\\d+$"));
        assertAccessible(page);
    }

    /** The card of one item on an assignment page, found by its heading. */
    private static Locator item(Page page, String numbering) {
        return page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^" + numbering)))));
    }

    private static void menu(Page page, String name) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("菜单"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        page.waitForLoadState();
    }

    /** A small real PNG: the upload is checked by content, so it must be one. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillOval(16, 8, 32, 32);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
