package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The 正文 editor and the 字号 setting, as a secretary uses them on a phone in 长辈模式 and from the keyboard. */
class PlanEditorIT extends BrowserTest {

    private static final String FROM_WORD = "<p class=MsoNormal style='font-size:16pt'><span style='font-family:仿宋'>"
            + "为做好学习宣传，<b>特制定本方案</b>。</span></p>"
            + "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.</span>组织学习</p>"
            + "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>2.</span>开展宣讲</p>"
            + "<table><tr><td>附表</td></tr></table>";

    @Autowired
    Fixtures fixtures;

    @Test
    void pastingFromWordOnAPhoneInElderModeKeepsParagraphsBoldAndLists() {
        Page phone = openPhone();
        logInToWorkBench(phone, fixtures.account("editor-phone", fixtures.tree().provinceA(), Role.UNIT_ADMIN),
                Fixtures.PASSWORD);
        switchElderMode(phone, true);
        phone.navigate("/plans/new");
        Locator body = phone.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("正文"));
        assertThat(body).isVisible();
        assertThat(Ergonomics.controlsLowerThan(phone, 60)).isEmpty();
        assertAccessible(phone);

        phone.getByLabel("标题").fill("粘贴自 Word 的方案");
        body.click();
        phone.evaluate("html => { const data = new DataTransfer(); data.setData('text/html', html);"
                + " document.querySelector('.rte-body').dispatchEvent(new ClipboardEvent('paste',"
                + " { clipboardData: data, bubbles: true, cancelable: true })); }", FROM_WORD);
        screenshots(phone, "plan-editor-pasted");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();

        assertThat(phone).hasURL(Pattern.compile("/plans/\\d+$"));
        Locator saved = phone.locator(".card", new Page.LocatorOptions().setHasText("为做好学习宣传"));
        assertThat(saved.locator("strong")).hasText("特制定本方案");
        assertThat(saved.locator("ol > li")).hasText(new String[] {"组织学习", "开展宣讲"});
        assertThat(saved.locator("[style], span, table")).hasCount(0);
        switchElderMode(phone, false);
    }

    @Test
    void theEditorIsReachedAndFormattedFromTheKeyboard() {
        logInToWorkBench(page, fixtures.account("editor-keys", fixtures.tree().provinceA(), Role.UNIT_ADMIN),
                Fixtures.PASSWORD);
        page.navigate("/plans/new");
        page.getByLabel("标题").fill("键盘写的方案");
        for (int i = 0; i < 20 && !focusedIsTheEditor(); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(focusedIsTheEditor()).as("Tab reaches the 正文 editor").isTrue();
        page.keyboard().type("第一段");
        page.keyboard().press("Enter");
        page.keyboard().press("Control+B");
        page.keyboard().type("要点");

        assertThat(page.locator("#bodyHtml").inputValue()).contains("<p>第一段</p>", "<strong>要点</strong>");
        page.keyboard().press("Tab");
        assertThat(focusedIsTheEditor()).as("Tab leaves the editor again").isFalse();
    }

    @Test
    void theChosenFontSizeAppliesToEveryPage() {
        logInToWorkBench(page, fixtures.account("font-size", fixtures.tree().provinceA(), Role.UNIT_ADMIN),
                Fixtures.PASSWORD);
        double standard = Ergonomics.bodyFontSize(page);
        page.navigate("/me");
        page.getByLabel("特大").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存字号")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("特大");
        assertAccessible(page);
        for (String url : new String[] {"/", "/plans", "/me"}) {
            page.navigate(url);
            assertThat(Ergonomics.bodyFontSize(page)).as(url).isGreaterThanOrEqualTo(standard * 1.2);
        }
    }

    private boolean focusedIsTheEditor() {
        return (Boolean) page.evaluate("() => document.activeElement.classList.contains('rte-body')");
    }
}
